//! The `lernwelt-server` binary: reads flags and environment, sets up logging (`RUST_LOG`,
//! default `info`) and runs the server.

use clap::Parser;
use lernwelt_server::Config;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let config = Config::parse();
    match lernwelt_server::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "the server stopped with an error");
            ExitCode::FAILURE
        }
    }
}
