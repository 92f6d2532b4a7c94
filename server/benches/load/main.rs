//! Load benchmark of the live chat (issue 3): counselling messages through real HTTP and
//! WebSocket connections, at a fixed rate, on SQLite, PostgreSQL and a bare WebSocket relay as
//! the baseline; then cold start and memory per idle connection of the built server binary.
//! `cargo bench -p lernwelt-server --bench load -- --help` lists the flags; see the README.

mod driver;

use clap::Parser;
use driver::{BenchError, LoadOptions, Report, Stats, Target};
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The server binary built beside this bench (release settings under `cargo bench`).
const SERVER_BIN: &str = env!("CARGO_BIN_EXE_lernwelt-server");

#[derive(Parser, Debug)]
#[command(name = "load", about = "Load benchmark of the Lernwelt live chat")]
struct Args {
    /// Messages per second, all conversations together.
    #[arg(long, default_value_t = 500)]
    rate: u32,
    /// Seconds of sending.
    #[arg(long, default_value_t = 10.0)]
    duration: f64,
    /// Concurrent conversations (one young person each).
    #[arg(long, default_value_t = 50)]
    conversations: usize,
    /// Conversations per counsellor (one socket each).
    #[arg(long, default_value_t = 10)]
    per_counsellor: usize,
    /// Characters per message text.
    #[arg(long, default_value_t = 120)]
    text_chars: usize,
    /// Which loads to run, in order: any of `baseline`, `sqlite`, `postgres`.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "baseline,sqlite,postgres"
    )]
    targets: Vec<String>,
    /// PostgreSQL used to create (and drop) fresh databases.
    #[arg(
        long,
        env = "LERNWELT_TEST_POSTGRES_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/test"
    )]
    postgres_url: String,
    /// Idle authenticated WebSockets for the memory measurement (0: skip it).
    #[arg(long, default_value_t = 500)]
    idle_connections: usize,
    /// Cold starts of the server binary per backend (0: skip them).
    #[arg(long, default_value_t = 5)]
    cold_starts: usize,
    /// Skip the loads (cold start and memory only).
    #[arg(long)]
    skip_load: bool,
    /// Passed by `cargo bench`; ignored.
    #[arg(long, hide = true)]
    bench: bool,
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("load: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), BenchError> {
    let options = LoadOptions {
        rate: args.rate,
        duration: Duration::from_secs_f64(args.duration.max(0.1)),
        conversations: args.conversations.max(1),
        per_counsellor: args.per_counsellor.max(1),
        text_chars: args.text_chars.clamp(1, 3000),
        ..LoadOptions::default()
    };
    let mut reports = Vec::new();
    if !args.skip_load {
        for name in &args.targets {
            let target = match name.as_str() {
                "baseline" => Target::Baseline,
                "sqlite" => Target::Sqlite,
                "postgres" | "postgresql" => Target::Postgres {
                    admin_url: args.postgres_url.clone(),
                },
                other => return Err(format!("unknown target {other}").into()),
            };
            eprintln!("running {} …", target.name());
            reports.push(driver::run_load(&target, &options)?);
        }
        print_reports(&options, &reports);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    if args.cold_starts > 0 {
        let postgres = args
            .targets
            .iter()
            .any(|t| t.starts_with("postgres"))
            .then_some(args.postgres_url.as_str());
        runtime.block_on(cold_starts(args.cold_starts, postgres))?;
    }
    if args.idle_connections > 0 {
        runtime.block_on(idle_memory(args.idle_connections))?;
    }
    Ok(())
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn stats_cells(s: &Stats) -> String {
    format!(
        "{:>7} {:>7} {:>7} {:>8}",
        ms(s.p50),
        ms(s.p95),
        ms(s.p99),
        ms(s.max)
    )
}

fn print_reports(options: &LoadOptions, reports: &[Report]) {
    println!();
    println!(
        "Load: {} msg/s for {:.1} s over {} conversations ({} per counsellor socket), \
         {}-character texts; latencies in ms",
        options.rate,
        options.duration.as_secs_f64(),
        options.conversations,
        options.per_counsellor,
        options.text_chars
    );
    println!(
        "{:<10} {:>6} {:>6} {:>5} {:>5} {:>6} {:>7} {:>7} | {:>7} {:>7} {:>7} {:>8} | {:>7} {:>7} {:>7} {:>8}",
        "target",
        "sent",
        "deliv",
        "dup",
        "miss",
        "errors",
        "sent/s",
        "deliv/s",
        "dlv p50",
        "p95",
        "p99",
        "max",
        "ack p50",
        "p95",
        "p99",
        "max"
    );
    for r in reports {
        println!(
            "{:<10} {:>6} {:>6} {:>5} {:>5} {:>6} {:>7.1} {:>7.1} | {} | {}",
            r.target,
            r.sent,
            r.delivered_once,
            r.duplicates,
            r.missing,
            r.errors,
            r.sent_per_second(),
            r.delivered_per_second(),
            stats_cells(&r.delivery),
            stats_cells(&r.ack),
        );
    }
    for r in reports {
        if !r.error_codes.is_empty() {
            println!("{}: errors {:?}", r.target, r.error_codes);
        }
        println!(
            "{}: setup (accounts, enquiries, sockets) {:.1} s; {} of {} acknowledged",
            r.target,
            r.setup.as_secs_f64(),
            r.acked,
            r.scheduled
        );
    }
    println!();
}

/// A server process, killed when dropped.
struct Process {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> Result<SocketAddr, BenchError> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?)
}

/// Starts the binary and waits for `/healthz` 200; the process and the time that took.
async fn start_process(
    data_dir: &Path,
    database_url: Option<&str>,
) -> Result<(Process, Duration), BenchError> {
    let addr = free_port()?;
    let mut command = Command::new(SERVER_BIN);
    command
        .arg("--listen")
        .arg(addr.to_string())
        .arg("--data-dir")
        .arg(data_dir)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    if let Some(url) = database_url {
        command.arg("--database-url").arg(url);
    }
    let started = Instant::now();
    let mut process = Process {
        child: command.spawn()?,
        addr,
    };
    loop {
        if let Some(status) = process.child.try_wait()? {
            return Err(format!("the server exited at start: {status}").into());
        }
        if let Ok((200, _)) = driver::http(addr, None, "GET", "/healthz", None, None).await {
            return Ok((process, started.elapsed()));
        }
        if started.elapsed() > Duration::from_secs(60) {
            return Err("the server did not come up in 60 s".into());
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

async fn cold_starts(runs: usize, postgres: Option<&str>) -> Result<(), BenchError> {
    println!(
        "Cold start of the release binary: process start → GET /healthz 200 (fresh database each time, migrations included)"
    );
    let mut sqlite = Vec::new();
    for _ in 0..runs {
        let dir = tempfile::tempdir()?;
        let (process, took) = start_process(&dir.path().join("data"), None).await?;
        drop(process);
        sqlite.push(took);
    }
    print_starts("sqlite", &mut sqlite);
    if let Some(admin_url) = postgres {
        let mut pg = Vec::new();
        for _ in 0..runs {
            let dir = tempfile::tempdir()?;
            let (name, url) = driver::create_postgres_database(admin_url).await?;
            let started = start_process(&dir.path().join("data"), Some(&url))
                .await
                .map(|(process, took)| {
                    drop(process);
                    took
                });
            driver::drop_postgres_database(admin_url, &name).await?;
            pg.push(started?);
        }
        print_starts("postgresql", &mut pg);
    }
    println!();
    Ok(())
}

fn print_starts(name: &str, runs: &mut [Duration]) {
    runs.sort_unstable();
    if let (Some(min), Some(max)) = (runs.first(), runs.last()) {
        println!(
            "{name:<10} median {} ms, min {} ms, max {} ms ({} runs)",
            ms(runs[runs.len() / 2]),
            ms(*min),
            ms(*max),
            runs.len()
        );
    }
}

/// `VmRSS` of a process in KiB.
fn rss_kib(pid: u32) -> Result<u64, BenchError> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| "no VmRSS in /proc/<pid>/status".into())
}

/// RSS of the release binary (SQLite) with no connections and with `n` idle authenticated
/// WebSockets (eight per young person, the most an account may have). Registration is limited
/// per client address, so accounts register from several loopback addresses (127.0.1.x) at
/// nine each, and the sockets, limited per address as well, open from 127.0.2.x at fifty each.
async fn idle_memory(n: usize) -> Result<(), BenchError> {
    let dir = tempfile::tempdir()?;
    let (process, _) = start_process(&dir.path().join("data"), None).await?;
    let pid = process.child.id();
    let fresh = rss_kib(pid)?;
    let accounts = n.div_ceil(lernwelt_server::ws::CONNECTIONS_PER_ACCOUNT_MAX);
    let mut tokens = Vec::new();
    for i in 0..accounts {
        let from = Ipv4Addr::new(127, 0, 1, u8::try_from(2 + i / 9).unwrap_or(255));
        tokens.push(driver::register_youth(process.addr, Some(from), &format!("idle_{i}")).await?);
    }
    // Let the allocator settle after the password hashing.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = rss_kib(pid)?;
    let mut sockets = Vec::with_capacity(n);
    for i in 0..n {
        let token = &tokens[i / lernwelt_server::ws::CONNECTIONS_PER_ACCOUNT_MAX];
        // Opening live connections is limited per address too (60 at once): 50 from each.
        let from = Ipv4Addr::new(127, 0, 2, u8::try_from(2 + i / 50).unwrap_or(255));
        sockets.push(
            driver::open_socket(
                process.addr,
                Some(from),
                lernwelt_protocol::routes::CHAT_WS,
                Some(token),
            )
            .await?,
        );
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let after = rss_kib(pid)?;
    println!(
        "Memory of the release binary (SQLite), VmRSS: {fresh} KiB just started; {before} KiB \
         after {accounts} registrations, no connections; {after} KiB with {n} idle \
         authenticated WebSockets: {:.1} KiB per connection",
        (after.saturating_sub(before)) as f64 / n as f64
    );
    drop(sockets);
    drop(process);
    Ok(())
}
