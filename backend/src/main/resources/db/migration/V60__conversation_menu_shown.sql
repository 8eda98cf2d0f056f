-- The navigation menu a conversation last offered its visitor, so that the H5 page can show the
-- menu's entries as buttons. Kept on the row like the status, which the screens read (the engine's
-- variables only carry the flow). menu_entry_id is null on the main menu; both are null when no menu
-- was offered. Same SQL for PostgreSQL and plain H2, like V1.
alter table desk.conversation add column menu_navigation_id bigint;
alter table desk.conversation add column menu_entry_id bigint;
