# loader texts

plan-more-unknown-keys = … and { $count ->
    [one] 1 more unknown key
   *[other] { $count } more unknown keys
} in { $map }, not listed one by one
