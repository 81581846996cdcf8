CREATE TABLE `phrase_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`phrase_id` text NOT NULL,
	`text` text NOT NULL,
	`picks` integer DEFAULT 1 NOT NULL,
	`last_used_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `phrase_questions_phrase` ON `phrase_questions` (`phrase_id`,`text`);--> statement-breakpoint
ALTER TABLE `phrase_usages` ADD `source` text DEFAULT 'search' NOT NULL;--> statement-breakpoint
ALTER TABLE `phrase_usages` ADD `response_ms` integer;--> statement-breakpoint
ALTER TABLE `phrases` ADD `questions` text DEFAULT '[]' NOT NULL;