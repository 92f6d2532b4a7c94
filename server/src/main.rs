//! The `lernwelt-server` binary: reads flags and environment, sets up logging (`RUST_LOG`,
//! default `info`; the WebSocket library always silent) and runs the server, or runs an admin command and prints its answer
//! (logging then goes to standard error, default `warn`).

use clap::Parser;
use lernwelt_server::Config;
use lernwelt_server::request_log::log_filter;
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    let rust_log = std::env::var("RUST_LOG").ok();
    if let Some(command) = &config.command {
        tracing_subscriber::fmt()
            .with_env_filter(log_filter(rust_log.as_deref(), "warn"))
            .with_writer(std::io::stderr)
            .init();
        return match lernwelt_server::admin::run(&config, command).await {
            Ok(output) => {
                print!("{output}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("lernwelt-server: {e}");
                ExitCode::FAILURE
            }
        };
    }
    tracing_subscriber::fmt()
        .with_env_filter(log_filter(rust_log.as_deref(), "info"))
        .init();
    match lernwelt_server::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "the server stopped with an error");
            ExitCode::FAILURE
        }
    }
}
