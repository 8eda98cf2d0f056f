package org.wechatdesk.channel.wechat.menu;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The custom menu editor's API (admins only): the account's menu as WeChat has it, and publishing a
 * new one.
 */
@RestController
@RequestMapping("/api/admin/accounts/{id}/menu")
class CustomMenuController {

  private final CustomMenus menus;

  CustomMenuController(CustomMenus menus) {
    this.menus = menus;
  }

  @GetMapping
  CustomMenu current(@PathVariable long id) {
    return menus.load(id);
  }

  @PutMapping
  CustomMenu publish(@PathVariable long id, @RequestBody CustomMenu menu) {
    return menus.publish(id, menu);
  }

  @ExceptionHandler(WeChatMenuException.class)
  ResponseEntity<Object> wechatFailed(WeChatMenuException e) {
    return e.error().respond(HttpStatus.BAD_GATEWAY);
  }
}
