/** Leaves the desk for WeChat's authorization page; it sends the browser back to the desk when done. */
export function openWeChatPage(url: string): void {
  window.location.assign(url);
}
