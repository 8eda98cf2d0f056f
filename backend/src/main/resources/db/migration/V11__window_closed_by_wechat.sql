-- When WeChat answers 45015 (outside the 48-hour window), the window is closed whatever the desk counted:
-- kept until the fan's next action opens a new one, so nothing else is sent into a closed window.
alter table desk.fan add column window_closed_at timestamp with time zone;
