//! The sample strategies bundled into the binary (from `seeds/*.json`).

use tiekartta::model::Strategy;

use tiekartta::session::Sample;

include!(concat!(env!("OUT_DIR"), "/samples.rs"));

/// The samples, in file order.
pub fn list() -> Vec<Sample> {
    SAMPLES
        .iter()
        .filter_map(|(key, json)| {
            let s = tiekartta::interchange::from_json(json).ok()?;
            Some(Sample {
                key: (*key).to_owned(),
                town: s.town,
                name: s.name,
            })
        })
        .collect()
}

/// The sample with this key.
pub fn load(key: &str) -> tiekartta::Result<Strategy> {
    let json = SAMPLES
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, j)| *j)
        .unwrap_or("");
    Ok(tiekartta::interchange::from_json(json)?)
}
