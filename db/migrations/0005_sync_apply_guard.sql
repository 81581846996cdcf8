CREATE TABLE `sync_apply_guard` (
	`id` integer PRIMARY KEY NOT NULL
);
