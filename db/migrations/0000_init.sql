CREATE TABLE `agents` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`agent_code` text NOT NULL,
	`role` text DEFAULT 'agent' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agents_shop_code` ON `agents` (`shop_id`,`agent_code`) WHERE "agents"."deleted_at" is null;--> statement-breakpoint
CREATE TABLE `checklist_days` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`day` text NOT NULL,
	`template_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_days_owner_day` ON `checklist_days` (`owner_id`,`day`);--> statement-breakpoint
CREATE TABLE `checklist_items` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`day_id` text NOT NULL,
	`step_key` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`checked_at` integer,
	`note` text DEFAULT '' NOT NULL,
	`carried_from_day` text,
	FOREIGN KEY (`day_id`) REFERENCES `checklist_days`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_items_day_step` ON `checklist_items` (`day_id`,`step_key`);--> statement-breakpoint
CREATE TABLE `checklist_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`template_id` text NOT NULL,
	`step_key` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`help_zh` text DEFAULT '' NOT NULL,
	`help_en` text DEFAULT '' NOT NULL,
	`data_link` text,
	`anchor_time` text,
	`phrase_group_id` text,
	FOREIGN KEY (`template_id`) REFERENCES `checklist_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checklist_steps_template` ON `checklist_steps` (`template_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `checklist_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`is_default` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `customers` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`platform` text DEFAULT 'taobao' NOT NULL,
	`nick` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`phones` text DEFAULT '[]' NOT NULL,
	`addresses` text DEFAULT '[]' NOT NULL,
	`customer_type` text,
	`concerns` text DEFAULT '[]' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`last_contact_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_shop_platform_nick` ON `customers` (`shop_id`,`platform`,`nick`) WHERE "customers"."deleted_at" is null;--> statement-breakpoint
CREATE TABLE `daily_logs` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`day` text NOT NULL,
	`payload` text NOT NULL,
	`computed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `daily_logs_owner_day` ON `daily_logs` (`owner_id`,`day`);--> statement-breakpoint
CREATE TABLE `inquiries` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`customer_id` text,
	`order_id` text,
	`product` text DEFAULT '' NOT NULL,
	`outcome` text DEFAULT 'pending' NOT NULL,
	`loss_reason` text,
	`note` text DEFAULT '' NOT NULL,
	`inquired_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inquiries_owner_time` ON `inquiries` (`owner_id`,`inquired_at`);--> statement-breakpoint
CREATE TABLE `lint_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`category` text NOT NULL,
	`pattern` text NOT NULL,
	`is_regex` integer DEFAULT false NOT NULL,
	`suggestion` text,
	`severity` text DEFAULT 'warning' NOT NULL,
	`enabled` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `order_items` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`order_id` text NOT NULL,
	`title` text NOT NULL,
	`sku` text DEFAULT '' NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`price_fen` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_items_order` ON `order_items` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_remarks` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`order_id` text NOT NULL,
	`remark` text NOT NULL,
	`flag` text,
	`reason` text DEFAULT '' NOT NULL,
	`agent_code` text NOT NULL,
	`remarked_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_remarks_order` ON `order_remarks` (`order_id`,`remarked_at`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`platform` text DEFAULT 'taobao' NOT NULL,
	`order_no` text NOT NULL,
	`customer_id` text,
	`buyer_nick` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`total_fen` integer DEFAULT 0 NOT NULL,
	`paid_fen` integer DEFAULT 0 NOT NULL,
	`postage_fen` integer DEFAULT 0 NOT NULL,
	`receiver_name` text DEFAULT '' NOT NULL,
	`receiver_phone` text DEFAULT '' NOT NULL,
	`receiver_address` text DEFAULT '' NOT NULL,
	`buyer_message` text DEFAULT '' NOT NULL,
	`address_verified_by` text,
	`address_verified_at` integer,
	`courier` text DEFAULT '' NOT NULL,
	`tracking_no` text DEFAULT '' NOT NULL,
	`ordered_at` integer,
	`paid_at` integer,
	`shipped_at` integer,
	`ship_notice_at` integer,
	`signed_at` integer,
	`logistics_state` text,
	`logistics_checked_at` integer,
	`review_state` text DEFAULT 'none' NOT NULL,
	`reviewed_at` integer,
	`remark` text DEFAULT '' NOT NULL,
	`remark_flag` text,
	`imported_at` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_shop_platform_no` ON `orders` (`shop_id`,`platform`,`order_no`) WHERE "orders"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `orders_status` ON `orders` (`shop_id`,`status`);--> statement-breakpoint
CREATE INDEX `orders_customer` ON `orders` (`customer_id`);--> statement-breakpoint
CREATE TABLE `phrase_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`stage` text DEFAULT 'general' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `phrase_groups_shop` ON `phrase_groups` (`shop_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `phrase_usages` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`phrase_id` text NOT NULL,
	`customer_id` text,
	`order_id` text,
	`action` text NOT NULL,
	`used_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `phrase_usages_owner_time` ON `phrase_usages` (`owner_id`,`used_at`);--> statement-breakpoint
CREATE INDEX `phrase_usages_phrase` ON `phrase_usages` (`phrase_id`);--> statement-breakpoint
CREATE TABLE `phrases` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`group_id` text NOT NULL,
	`title` text NOT NULL,
	`shortcut` text DEFAULT '' NOT NULL,
	`body` text NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`stage` text DEFAULT 'general' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `phrase_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `phrases_group` ON `phrases` (`group_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX `phrases_shortcut` ON `phrases` (`shop_id`,`shortcut`);--> statement-breakpoint
CREATE TABLE `return_cases` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`order_id` text,
	`customer_id` text,
	`kind` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`return_tracking_no` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'registered' NOT NULL,
	`refund_fen` integer DEFAULT 0 NOT NULL,
	`freight_insurance` integer DEFAULT false NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`registered_by` text NOT NULL,
	`registered_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `return_cases_registered` ON `return_cases` (`shop_id`,`registered_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `shops` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`default_courier` text DEFAULT '' NOT NULL,
	`free_shipping_threshold_fen` integer DEFAULT 0 NOT NULL,
	`cutoff_time` text DEFAULT '16:00' NOT NULL,
	`time_zone` text DEFAULT 'Asia/Shanghai' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_issues` (
	`mutation_id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`args` text NOT NULL,
	`error_code` text NOT NULL,
	`message_key` text NOT NULL,
	`rejected_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_outbox` (
	`mutation_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` text NOT NULL,
	`name` text NOT NULL,
	`args` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`owner_id` text,
	`scope` text DEFAULT 'team' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`due_at` integer,
	`priority` text DEFAULT 'normal' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`snoozed_until` integer,
	`customer_id` text,
	`order_id` text,
	`note` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'manual' NOT NULL,
	`complaint_steps` text,
	`completed_at` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tasks_status_due` ON `tasks` (`shop_id`,`status`,`due_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_rule_order_kind` ON `tasks` (`order_id`,`kind`) WHERE "tasks"."source" = 'rule' and "tasks"."deleted_at" is null;