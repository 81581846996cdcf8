CREATE TABLE `briefing_reads` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`briefing_id` text NOT NULL,
	`read_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `briefing_reads_briefing` ON `briefing_reads` (`briefing_id`,`owner_id`);--> statement-breakpoint
CREATE TABLE `briefings` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`day` text NOT NULL,
	`activities` text DEFAULT '' NOT NULL,
	`focus_products` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`phrase_ids` text DEFAULT '[]' NOT NULL,
	`published_at` integer,
	`published_by` text
);
--> statement-breakpoint
CREATE INDEX `briefings_day` ON `briefings` (`shop_id`,`day`);--> statement-breakpoint
CREATE TABLE `escalations` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`source_kind` text NOT NULL,
	`source_id` text NOT NULL,
	`order_no` text,
	`customer_id` text,
	`buyer_nick` text DEFAULT '' NOT NULL,
	`reason` text NOT NULL,
	`buyer_wants` text DEFAULT '' NOT NULL,
	`complaint_steps` text,
	`status` text DEFAULT 'open' NOT NULL,
	`answer` text,
	`answered_by` text,
	`taken_over_by` text,
	`escalated_at` integer NOT NULL,
	`first_answer_at` integer,
	`closed_at` integer,
	`closed_by` text
);
--> statement-breakpoint
CREATE INDEX `escalations_status` ON `escalations` (`shop_id`,`status`,`escalated_at`);--> statement-breakpoint
CREATE INDEX `escalations_owner` ON `escalations` (`owner_id`,`escalated_at`);--> statement-breakpoint
CREATE INDEX `escalations_source` ON `escalations` (`source_id`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`order_id` text,
	`order_no` text DEFAULT '' NOT NULL,
	`customer_id` text,
	`buyer_nick` text DEFAULT '' NOT NULL,
	`title_kind` text DEFAULT 'personal' NOT NULL,
	`title` text NOT NULL,
	`tax_no` text,
	`kind` text DEFAULT 'electronic' NOT NULL,
	`amount_fen` integer DEFAULT 0 NOT NULL,
	`email` text,
	`post_address` text,
	`bank_name` text,
	`bank_account` text,
	`company_address` text,
	`company_phone` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`invoice_no` text,
	`issued_on` text,
	`tracking_no` text,
	`void_reason` text,
	`requested_at` integer,
	`requested_by` text,
	`registered_at` integer,
	`registered_by` text,
	`issued_at` integer,
	`issued_by` text,
	`sent_at` integer,
	`sent_by` text,
	`voided_at` integer,
	`voided_by` text,
	`source` text DEFAULT 'panel' NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `invoices_status` ON `invoices` (`shop_id`,`status`,`requested_at`);--> statement-breakpoint
CREATE INDEX `invoices_order` ON `invoices` (`order_id`);--> statement-breakpoint
CREATE INDEX `invoices_order_no` ON `invoices` (`shop_id`,`order_no`);