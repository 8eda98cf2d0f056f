-- The inbox stores every channel's messages in the desk's neutral form (payload, JSON), translated by
-- the channel's adapter at the edge. body_xml keeps what WeChat pushed, as received; other channels
-- (the H5 page) have no XML. msg_type holds the neutral kind (TEXT, CLICK, ...) from now on.
-- Same SQL for PostgreSQL and plain H2, like V1.
alter table desk.inbound_message add column payload varchar(65536);
alter table desk.inbound_message alter column body_xml drop not null;
