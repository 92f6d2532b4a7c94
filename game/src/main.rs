//! Starts Lernwelt: parses the command line (or the page address in a browser) and runs.

use lernwelt::core::options::LaunchOptions;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> bevy::app::AppExit {
    let options = match LaunchOptions::parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(err) => {
            eprintln!("{err}");
            let help = std::env::args().any(|a| a == "--help" || a == "-h");
            std::process::exit(if help { 0 } else { 2 });
        }
    };
    lernwelt::app(options).run()
}

#[cfg(target_arch = "wasm32")]
fn main() {
    lernwelt::app(LaunchOptions::from_page()).run();
}
