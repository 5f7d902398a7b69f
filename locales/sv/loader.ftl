# loader texts

plan-more-unknown-keys = … och { $count ->
    [one] 1 okänd nyckel till
   *[other] { $count } okända nycklar till
}, som inte räknas upp var för sig: { $map }
