CREATE INDEX `orders_list_status` ON `orders` (`shop_id`,`status`,`shipped_at`,`signed_at`,`logistics_state`) WHERE "orders"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `orders_list_ordered_at` ON `orders` (`shop_id`,`ordered_at`) WHERE "orders"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `orders_list_paid_at` ON `orders` (`shop_id`,`paid_at`) WHERE "orders"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `orders_list_shipped_at` ON `orders` (`shop_id`,`shipped_at`) WHERE "orders"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `orders_list_total` ON `orders` (`shop_id`,`total_fen`) WHERE "orders"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `orders_list_logistics_state` ON `orders` (`shop_id`,`logistics_state`) WHERE "orders"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `orders_list_review_state` ON `orders` (`shop_id`,`review_state`) WHERE "orders"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `orders_list_remark_flag` ON `orders` (`shop_id`,`remark_flag`) WHERE "orders"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `orders_list_receiver_phone` ON `orders` (`shop_id`,`receiver_phone`) WHERE "orders"."deleted_at" is null;