-- One row per order, amounts in currency units.
-- This pull request: cancelled orders are dropped, and a refund counts as a negative amount.
select
  order_id,
  customer_id,
  status,
  case when status = 'refunded' then -amount_cents else amount_cents end / 100.0 as amount,
  cast(ordered_at as timestamp) as ordered_at
from {{ ref('raw_orders') }}
where status <> 'cancelled'
