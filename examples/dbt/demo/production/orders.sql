-- models/orders.sql as it is on main (what production was built from).
select
  order_id,
  customer_id,
  status,
  amount_cents / 100.0 as amount,
  cast(ordered_at as timestamp) as ordered_at
from {{ ref('raw_orders') }}
