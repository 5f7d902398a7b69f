//! Items added, removed and changed, by their id, and the indicator values recorded. A
//! change is named by the fields whose values differ, compared as the model read them (a
//! value spelt in Finnish and the same value spelt in English are the same; lines and
//! comments are not compared).

use std::collections::HashMap;

use crate::finding::Location;
use crate::load::node::Seg;
use crate::model::{Item, Kind, Loc, Plan};

/// An item as the diff names it: its kind, id and title, and where it is written (in the
/// new version, or in the old for a removed one).
#[derive(Debug, Clone)]
pub struct ItemRef {
    /// `None` for the municipality section, which has no id.
    pub kind: Option<Kind>,
    pub id: String,
    /// Its name, title or statement as the plan wrote it (empty for a two-yearly report).
    pub title: String,
    pub location: Location,
}

/// An item in both versions whose fields differ.
#[derive(Debug, Clone)]
pub struct ItemChange {
    pub item: ItemRef,
    /// The fields (the plan format's keys) whose values differ, in the order of the keys.
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Items {
    pub added: Vec<ItemRef>,
    pub removed: Vec<ItemRef>,
    pub changed: Vec<ItemChange>,
}

impl Items {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }

    /// The measures added and removed (what the two-yearly report lists).
    pub fn measures(&self) -> (Vec<&ItemRef>, Vec<&ItemRef>) {
        fn of(list: &[ItemRef]) -> Vec<&ItemRef> {
            list.iter()
                .filter(|i| i.kind == Some(Kind::Measure))
                .collect()
        }
        (of(&self.added), of(&self.removed))
    }
}

/// One item of a plan, read for comparison.
struct Read<'p> {
    kind: Option<Kind>,
    id: &'p str,
    title: &'p str,
    loc: &'p Loc,
    value: serde_json::Value,
}

fn read<T: serde::Serialize>(
    kind: Kind,
    list: &[Item<T>],
    id: impl Fn(&T) -> &str,
    title: impl Fn(&T) -> &str,
) -> impl Iterator<Item = Read<'_>> {
    list.iter().map(move |item| Read {
        kind: Some(kind),
        id: id(&item.value),
        title: title(&item.value),
        loc: &item.loc,
        value: serde_json::to_value(&item.value).unwrap_or_default(),
    })
}

/// Every item of the plan with an id, in section order, the municipality first.
fn all(plan: &Plan) -> Vec<Read<'_>> {
    let mut out: Vec<Read<'_>> = Vec::new();
    if let Some(m) = &plan.municipality {
        out.push(Read {
            kind: None,
            id: "",
            title: &m.name,
            loc: &m.loc,
            value: serde_json::to_value(&m.value).unwrap_or_default(),
        });
    }
    out.extend(read(Kind::Actor, &plan.actors, |x| &x.id, |x| &x.name));
    out.extend(read(Kind::Service, &plan.services, |x| &x.id, |x| &x.name));
    out.extend(read(
        Kind::Objective,
        &plan.objectives,
        |x| &x.id,
        |x| &x.statement,
    ));
    out.extend(read(Kind::Measure, &plan.measures, |x| &x.id, |x| &x.title));
    out.extend(read(
        Kind::Indicator,
        &plan.indicators,
        |x| &x.id,
        |x| &x.name,
    ));
    out.extend(read(
        Kind::Structure,
        &plan.structures,
        |x| &x.id,
        |x| &x.name,
    ));
    out.extend(read(
        Kind::Consultation,
        &plan.consultations,
        |x| &x.id,
        |x| &x.title,
    ));
    out.extend(read(Kind::Link, &plan.links, |x| &x.id, |x| &x.title));
    out.extend(read(Kind::Report, &plan.reports, |x| &x.id, |_| ""));
    out
}

/// An item's key: its section and id (the municipality's is its section alone).
fn key<'a>(r: &Read<'a>) -> (&'static str, &'a str) {
    (r.kind.map_or("municipality", Kind::section), r.id)
}

fn item_ref(plan: &Plan, r: &Read<'_>) -> ItemRef {
    ItemRef {
        kind: r.kind,
        id: r.id.to_owned(),
        title: r.title.to_owned(),
        location: plan.item(r.loc),
    }
}

impl Items {
    /// The items added, removed and changed between two versions of a plan.
    pub fn between(old: &Plan, new: &Plan) -> Items {
        compare(old, new)
    }
}

/// The items added, removed and changed between two versions. An id written twice counts
/// once, at its first place (the duplicate is a finding of its own).
pub(super) fn compare(old: &Plan, new: &Plan) -> Items {
    let old_items = all(old);
    let new_items = all(new);
    let mut before: HashMap<(&'static str, &str), &Read<'_>> = HashMap::new();
    for r in &old_items {
        before.entry(key(r)).or_insert(r);
    }
    let mut after: HashMap<(&str, &str), &Read<'_>> = HashMap::new();
    for r in &new_items {
        after.entry(key(r)).or_insert(r);
    }
    let mut out = Items::default();
    let mut seen: std::collections::HashSet<(&str, &str)> = std::collections::HashSet::new();
    for r in &new_items {
        let k = key(r);
        if !seen.insert(k) {
            continue;
        }
        match before.get(&k) {
            None => out.added.push(item_ref(new, r)),
            Some(was) => {
                let fields = changed_fields(&was.value, &r.value);
                if !fields.is_empty() {
                    out.changed.push(ItemChange {
                        item: item_ref(new, r),
                        fields,
                    });
                }
            }
        }
    }
    let mut gone: std::collections::HashSet<(&str, &str)> = std::collections::HashSet::new();
    for r in &old_items {
        let k = key(r);
        if !after.contains_key(&k) && gone.insert(k) {
            out.removed.push(item_ref(old, r));
        }
    }
    out
}

/// The keys whose values differ between two items (a key present in one only differs).
fn changed_fields(old: &serde_json::Value, new: &serde_json::Value) -> Vec<String> {
    let (Some(old), Some(new)) = (old.as_object(), new.as_object()) else {
        return if old == new {
            Vec::new()
        } else {
            vec![String::new()]
        };
    };
    let mut keys: Vec<&String> = new.keys().chain(old.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| !same(old.get(*k), new.get(*k)))
        .cloned()
        .collect()
}

/// Whether two values of a field are the same, a field left out being the same as one
/// written empty (`null`, `[]`, `false`: serde's defaults for an absent field).
fn same(a: Option<&serde_json::Value>, b: Option<&serde_json::Value>) -> bool {
    let empty = |v: Option<&serde_json::Value>| match v {
        None | Some(serde_json::Value::Null) => true,
        Some(serde_json::Value::Array(a)) => a.is_empty(),
        Some(serde_json::Value::Object(o)) => o.is_empty(),
        Some(serde_json::Value::Bool(b)) => !b,
        _ => false,
    };
    a == b || (empty(a) && empty(b))
}

/// An indicator value the new version records: a date the old version had no value for,
/// or a date whose value changed (`before`).
#[derive(Debug, Clone)]
pub struct ValueRecorded {
    pub indicator: String,
    pub name: String,
    pub unit: Option<String>,
    pub value: f64,
    pub date: crate::model::date::Date,
    /// The value the old version held for the same date, when it held another.
    pub before: Option<f64>,
    pub location: Location,
}

/// The values the new version records that the old did not, indicator by indicator in the
/// new version's order (an indicator new to the plan brings all its values).
pub(super) fn values(old: &Plan, new: &Plan) -> Vec<ValueRecorded> {
    let mut before: HashMap<&str, &Item<crate::model::Indicator>> = HashMap::new();
    for i in &old.indicators {
        before.entry(i.id.as_str()).or_insert(i);
    }
    let mut out = Vec::new();
    for indicator in &new.indicators {
        let was = before.get(indicator.id.as_str());
        for (n, m) in indicator.values.iter().enumerate() {
            let before = was.and_then(|w| w.values.iter().find(|v| v.date == m.date));
            let changed = match before {
                None => None,
                Some(b) if b.value.to_bits() == m.value.to_bits() => continue,
                Some(b) => Some(b.value),
            };
            out.push(ValueRecorded {
                indicator: indicator.id.clone(),
                name: indicator.name.clone(),
                unit: indicator.unit.clone(),
                value: m.value,
                date: m.date,
                before: changed,
                location: new.locate(
                    &indicator.loc,
                    &[Seg::Key("values".to_owned()), Seg::Index(n)],
                ),
            });
        }
    }
    out
}
