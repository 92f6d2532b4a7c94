//! The wall clock, on the desktop and in the browser alike (`std::time::SystemTime` panics in
//! the browser).

use lernwelt_protocol::Timestamp;

/// Milliseconds since the Unix epoch.
pub fn unix_millis() -> u128 {
    #[cfg(not(target_arch = "wasm32"))]
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    #[cfg(target_arch = "wasm32")]
    let millis = js_sys::Date::now().max(0.0) as u128;
    millis
}

/// Now, in whole seconds as on the wire.
pub fn now() -> Timestamp {
    Timestamp(i64::try_from(unix_millis() / 1000).unwrap_or(i64::MAX))
}
