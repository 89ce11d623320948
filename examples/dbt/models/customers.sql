-- One row per customer with their orders so far.
select
  customer_id,
  count(*) as order_count,
  sum(amount) as lifetime_value,
  min(ordered_at) as first_order_at
from {{ ref('orders') }}
group by customer_id
