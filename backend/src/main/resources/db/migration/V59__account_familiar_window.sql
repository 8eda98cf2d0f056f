-- 熟客优先's window per account. Null means the desk's default (desk.routing.familiar-window), so
-- accounts routed before this change keep behaving as they did.
alter table desk.account_routing add column familiar_window_minutes integer
  constraint account_routing_familiar_window check (familiar_window_minutes between 1 and 43200);
