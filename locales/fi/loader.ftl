# loader texts

plan-more-unknown-keys = … ja { $count ->
    [one] 1 muu tuntematon avain
   *[other] { $count } muuta tuntematonta avainta
}, joita ei luetella erikseen: { $map }
