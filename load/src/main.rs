//! `lernwelt-load`: the presence load benchmark of issue 11. N simulated avatars (default
//! 1,000) walk at 10 Hz inside the walkable floor of the places and the run prints one JSON
//! line each: per split (`3x333`, `10x100`, `1x1000`) against the real server, against a bare
//! broadcast relay (the baseline) and against two server instances joined by NATS; then how
//! many avatars in one place the relay and the server each hold within the p99 budget. See
//! the README ("Presence load benchmark") and `--help`.

mod backend;
mod client;
mod relay;
mod stats;
mod walk;

use backend::Backend;
use clap::{Parser, Subcommand};
use client::{Target, Totals, Tracker};
use serde_json::Value;
use stats::Percentiles;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};
use walk::{Layouts, Split, Walker};

#[derive(Parser, Debug)]
#[command(
    name = "lernwelt-load",
    about = "Presence load benchmark: simulated avatars walking at 10 Hz against the Lernwelt \
             server, a bare relay and two instances through NATS; one JSON line per run"
)]
struct Args {
    /// Simulated avatars per run (every split shares them out).
    #[arg(long, default_value_t = 1000)]
    clients: usize,
    /// Seconds measured per run (after everyone connected and settled).
    #[arg(long, default_value_t = 10.0)]
    seconds: f64,
    /// Splits: GROUPSxCLIENTS, only the number of groups counts (the avatars are `--clients`).
    #[arg(long, value_delimiter = ',', default_value = "3x333,10x100,1x1000")]
    splits: Vec<String>,
    /// Which runs, in this order: `server`, `relay`, `nats` (each for every split) and
    /// `sweep` (the most avatars in one place within the p99 budget, relay and server).
    #[arg(long, value_delimiter = ',', default_value = "server,relay,nats,sweep")]
    runs: Vec<String>,
    /// The server binary (default: `lernwelt-server` beside this binary, i.e. the release
    /// build in the target directory).
    #[arg(long)]
    server_bin: Option<PathBuf>,
    /// Go on with the next run after one fails (the failure is still printed as a JSON line
    /// with an `error` field).
    #[arg(long)]
    keep_going: bool,
    /// The NATS server the `nats` run joins two instances through.
    #[arg(long, default_value = "nats://127.0.0.1:4222")]
    broker: String,
    /// Connections opened at once while ramping up.
    #[arg(long, default_value_t = 100)]
    ramp: usize,
    /// Seconds to wait after the last connection before measuring.
    #[arg(long, default_value_t = 2.0)]
    settle: f64,
    /// The p99 budget of the sweeps, in milliseconds.
    #[arg(long, default_value_t = 50.0)]
    p99_budget_ms: f64,
    /// Seconds measured per sweep step.
    #[arg(long, default_value_t = 5.0)]
    sweep_seconds: f64,
    /// Most avatars a sweep tries (steps of 100 to 1,000, then of 250).
    #[arg(long, default_value_t = 3000)]
    sweep_max: usize,
    /// Seconds after which a sweep stops stepping up.
    #[arg(long, default_value_t = 600)]
    sweep_budget: u64,
    /// Before each run, wait up to this many seconds until the rest of the machine is quiet
    /// (busy under `--quiet-pct` of one core over 3 s): on a machine shared with builds the
    /// figures otherwise say more about the builds. 0: do not wait.
    #[arg(long, default_value_t = 0)]
    wait_quiet: u64,
    /// What counts as quiet for `--wait-quiet`, in percent of one core.
    #[arg(long, default_value_t = 25.0)]
    quiet_pct: f64,
    /// Runs again (up to this many times) when other processes took more than twice
    /// `--quiet-pct` of a core while it measured; the disturbed attempts go to stderr.
    #[arg(long, default_value_t = 0)]
    retries: u32,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// The bare relay (started by the benchmark itself).
    #[command(hide = true)]
    Relay {
        #[arg(long)]
        listen: SocketAddr,
    },
}

/// What one run is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Server,
    Relay,
    Nats,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Server => "server",
            Kind::Relay => "relay",
            Kind::Nats => "nats",
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(Command::Relay { listen }) = args.command {
        return match relay::serve_blocking(listen) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("lernwelt-load relay: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("lernwelt-load: runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(args)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("lernwelt-load: {e}");
            ExitCode::FAILURE
        }
    }
}

/// What all runs share.
struct Ctx {
    args: Args,
    layouts: Arc<Layouts>,
    server_bin: PathBuf,
    /// Where the database, the logs and the servers' data directories go.
    dir: tempfile::TempDir,
    db: PathBuf,
    tokens: Vec<String>,
}

/// One JSON object whose keys stay in the order they were set (serde_json sorts them unless
/// its `preserve_order` feature is on, which would change the server's maps too).
#[derive(Default, Debug)]
struct Line(Vec<(&'static str, Value)>);

impl Line {
    /// Sets `key` (in place if it is there already, else at the end).
    fn set(&mut self, key: &'static str, value: impl Into<Value>) {
        let value = value.into();
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = value,
            None => self.0.push((key, value)),
        }
    }

    fn with(mut self, key: &'static str, value: impl Into<Value>) -> Self {
        self.set(key, value);
        self
    }
}

impl std::fmt::Display for Line {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("{")?;
        for (i, (key, value)) in self.0.iter().enumerate() {
            let comma = if i > 0 { "," } else { "" };
            write!(f, "{comma}{}:{value}", Value::from(*key))?;
        }
        f.write_str("}")
    }
}

/// Prints one JSON line now (so a long invocation shows progress).
fn emit(line: &Line) {
    println!("{line}");
}

/// All runs; `Ok(false)` when one failed.
async fn run(args: Args) -> Result<bool, String> {
    raise_open_files();
    for name in &args.runs {
        if !["server", "relay", "nats", "sweep"].contains(&name.as_str()) {
            return Err(format!(
                "unknown run {name:?}: use server, relay, nats or sweep"
            ));
        }
    }
    if args.clients == 0 || args.clients > usize::from(u16::MAX) {
        return Err("--clients must be between 1 and 65535".to_owned());
    }
    let layouts = Arc::new(Layouts::load()?);
    let splits = args
        .splits
        .iter()
        .map(|s| Split::parse(s, args.clients, &layouts))
        .collect::<Result<Vec<_>, _>>()?;
    let runs = args.runs.clone();
    let wants = |name: &str| runs.iter().any(|r| r == name);
    let needs_server = wants("server") || wants("nats") || wants("sweep");
    let server_bin = match &args.server_bin {
        Some(bin) => bin.clone(),
        None => std::env::current_exe()
            .map_err(|e| format!("this binary's path: {e}"))?
            .with_file_name("lernwelt-server"),
    };
    if needs_server && !server_bin.is_file() {
        return Err(format!(
            "no server binary at {}: build it with `cargo build -p lernwelt-server --release` \
             or pass --server-bin",
            server_bin.display()
        ));
    }
    // On tmpfs when there is one: minting writes a transaction per account and the database
    // is not what is measured.
    let shm = Path::new("/dev/shm");
    let dir = if shm.is_dir() {
        tempfile::Builder::new()
            .prefix("lernwelt-load")
            .tempdir_in(shm)
    } else {
        tempfile::Builder::new().prefix("lernwelt-load").tempdir()
    }
    .map_err(|e| format!("temporary directory: {e}"))?;
    let db = dir.path().join("load.sqlite3");
    let accounts = if wants("sweep") {
        args.clients.max(args.sweep_max)
    } else {
        args.clients
    };
    let tokens = if needs_server {
        let started = Instant::now();
        let tokens = backend::mint(&db, accounts).await?;
        eprintln!(
            "minted {accounts} accounts in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        tokens
    } else {
        Vec::new()
    };
    let ctx = Ctx {
        args,
        layouts,
        server_bin,
        dir,
        db,
        tokens,
    };
    let mut all_ok = true;
    let kinds = [Kind::Server, Kind::Relay, Kind::Nats];
    for kind in kinds.into_iter().filter(|k| wants(k.name())) {
        if kind == Kind::Nats && !backend::server_has_broker(&ctx.server_bin)? {
            for split in &splits {
                emit(
                    &Line::default()
                        .with("run", "nats")
                        .with("split", split.label.as_str())
                        .with("clients", ctx.args.clients)
                        .with(
                            "error",
                            format!(
                                "{} has no --broker flag yet: the two-instance run through NATS is skipped",
                                ctx.server_bin.display()
                            ),
                        ),
                );
            }
            continue;
        }
        for split in &splits {
            eprintln!("{} {} …", kind.name(), split.label);
            match measured(&ctx, kind, split, ctx.args.seconds, kind.name()).await {
                Ok(report) => emit(&report.json(kind.name())),
                Err(e) => {
                    emit(
                        &Line::default()
                            .with("run", kind.name())
                            .with("split", split.label.as_str())
                            .with("clients", ctx.args.clients)
                            .with("error", e),
                    );
                    all_ok = false;
                    if !ctx.args.keep_going {
                        return Ok(false);
                    }
                }
            }
        }
    }
    if wants("sweep") {
        let relay = sweep(&ctx, Kind::Relay).await;
        let server = sweep(&ctx, Kind::Server).await;
        let ratio = (relay.held > 0).then(|| server.held as f64 / relay.held as f64);
        emit(
            &Line::default()
                .with("run", "capacity")
                .with("p99_budget_ms", ctx.args.p99_budget_ms)
                .with("relay_holds", relay.held)
                .with("relay_stopped", relay.stopped)
                .with("server_holds", server.held)
                .with("server_stopped", server.stopped)
                .with("ratio", ratio.map(|r| round(r, 2)))
                .with("note", format!(
                "the most avatars in one place (1xN, steps of 100, then 250 above 1000) with p99 move->seen <= {} ms, no errors and the full send rate; the relay also had to deliver 90% of its full fan-out. The server holds {} the relay's{}",
                ctx.args.p99_budget_ms,
                ratio.map_or("(no relay figure)".to_owned(), |r| format!("{r:.1}x")),
                if server.stopped == "sweep_max" { " (at least: the sweep stopped at --sweep-max before the server failed)" } else { "" },
            )),
        );
    }
    Ok(all_ok)
}

/// The soft limit on open files up to the hard one: a thousand sockets and more.
fn raise_open_files() {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let mut limit = getrlimit(Resource::Nofile);
    if limit.current < limit.maximum {
        limit.current = limit.maximum;
        if let Err(e) = setrlimit(Resource::Nofile, limit) {
            eprintln!("could not raise the open-file limit: {e}");
        }
    }
}

/// CPU time in clock ticks, over a window.
#[derive(Debug, Clone, Copy, Default)]
struct Ticks {
    server: u64,
    generator: u64,
    machine: u64,
}

impl Ticks {
    /// Now: the backends `pids`, this process, the whole machine.
    fn now(pids: &[u32]) -> Result<Self, String> {
        Ok(Self {
            server: pids
                .iter()
                .map(|p| stats::cpu_ticks(*p))
                .sum::<Result<u64, String>>()?,
            generator: stats::cpu_ticks(std::process::id())?,
            machine: stats::machine_busy_ticks()?,
        })
    }

    fn since(self, earlier: Self) -> Self {
        Self {
            server: self.server.saturating_sub(earlier.server),
            generator: self.generator.saturating_sub(earlier.generator),
            machine: self.machine.saturating_sub(earlier.machine),
        }
    }
}

/// One run's figures.
struct Report {
    split: Split,
    clients: usize,
    connected: usize,
    instances: usize,
    window: Duration,
    totals: Totals,
    run_totals: Totals,
    all: Percentiles,
    cross: Percentiles,
    cpu: Ticks,
    load_average: f64,
    /// Seconds waited for a quiet machine before the run.
    waited: f64,
    /// Runs made to get this one (see `--retries`).
    attempts: u32,
    rss_idle_kib: u64,
    rss_kib: u64,
    samples: Vec<String>,
}

fn round(v: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (v * f).round() / f
}

impl Report {
    fn per_second(&self, count: u64) -> f64 {
        count as f64 / self.window.as_secs_f64().max(1e-9)
    }

    /// `ticks` of CPU time over the window, in percent of one core.
    fn cpu_pct(&self, ticks: u64) -> f64 {
        ticks as f64 / stats::ticks_per_second() as f64 / self.window.as_secs_f64().max(1e-9)
            * 100.0
    }

    /// CPU the rest of the machine used over the window, in percent of one core.
    fn others_pct(&self) -> f64 {
        self.cpu_pct(
            self.cpu
                .machine
                .saturating_sub(self.cpu.server + self.cpu.generator),
        )
    }

    fn updates_in(&self) -> f64 {
        self.per_second(self.totals.sent)
    }

    fn updates_out(&self) -> f64 {
        self.per_second(self.totals.received)
    }

    fn json(&self, run: &str) -> Line {
        let per_client = |bytes: u64| round(self.per_second(bytes) / self.clients as f64, 1);
        let pct = |ticks: u64| round(self.cpu_pct(ticks), 1);
        let mut line = Line::default()
            .with("run", run)
            .with("split", self.split.label.as_str())
            .with("clients", self.clients)
            .with("connected", self.connected)
            .with("places", self.split.places())
            .with("groups", self.split.groups.len())
            .with("instances", self.instances)
            .with("seconds", round(self.window.as_secs_f64(), 2))
            .with("updates_in_per_s", round(self.updates_in(), 0))
            .with("updates_out_per_s", round(self.updates_out(), 0))
            .with("p50_ms", self.all.p50)
            .with("p99_ms", self.all.p99)
            .with("max_ms", self.all.max)
            .with("latency_samples", self.all.count);
        if self.instances > 1 {
            line.set("cross_instance_p50_ms", self.cross.p50);
            line.set("cross_instance_p99_ms", self.cross.p99);
            line.set("cross_instance_max_ms", self.cross.max);
            line.set("cross_instance_samples", self.cross.count);
        }
        line.set(
            "recv_bytes_per_client_s",
            per_client(self.totals.received_bytes),
        );
        line.set(
            "sent_bytes_per_client_s",
            per_client(self.totals.sent_bytes),
        );
        line.set("server_cpu_pct", pct(self.cpu.server));
        line.set("generator_cpu_pct", pct(self.cpu.generator));
        line.set("other_processes_cpu_pct", round(self.others_pct(), 1));
        line.set("load_average_1m", self.load_average);
        if self.waited >= 0.5 {
            line.set("waited_for_quiet_s", round(self.waited, 0));
        }
        if self.attempts > 1 {
            line.set("runs_disturbed_before", self.attempts - 1);
        }
        line.set("server_rss_idle_kib", self.rss_idle_kib);
        line.set("server_rss_kib", self.rss_kib);
        line.set(
            "rss_per_connection_kib",
            round(
                self.rss_kib.saturating_sub(self.rss_idle_kib) as f64 / self.clients as f64,
                1,
            ),
        );
        line.set("corrections", self.run_totals.corrections);
        line.set("errors", self.run_totals.errors);
        line.set("unmatched", self.run_totals.unmatched);
        line.set(
            "other_group_share",
            round(
                self.totals.other_group as f64 / self.totals.received.max(1) as f64,
                4,
            ),
        );
        if !self.samples.is_empty() {
            line.set("error_samples", self.samples.clone());
        }
        let mut notes = Vec::new();
        if run.starts_with("relay") {
            notes.push(
                "bare relay: no auth, validation, rooms or interest management; every step goes to every other client of the same place (full fan-out per place, the groups' areas do not matter to it)".to_owned(),
            );
        }
        if run == "nats" {
            notes.push("two server processes on one SQLite database joined by NATS; avatars alternate between them, so about half of what each sees crosses instances".to_owned());
        }
        notes.extend(self.split.note());
        if !notes.is_empty() {
            line.set("note", notes.join("; "));
        }
        line
    }
}

/// [`load`], again (up to `--retries` more times) while other processes took more than twice
/// `--quiet-pct` of a core during the measurement.
async fn measured(
    ctx: &Ctx,
    kind: Kind,
    split: &Split,
    seconds: f64,
    run: &str,
) -> Result<Report, String> {
    let mut attempts = 0;
    loop {
        let mut report = load(ctx, kind, split, seconds).await?;
        attempts += 1;
        report.attempts = attempts;
        if report.others_pct() <= 2.0 * ctx.args.quiet_pct || attempts > ctx.args.retries {
            return Ok(report);
        }
        eprintln!(
            "disturbed by other processes, measuring again: {}",
            report.json(run)
        );
    }
}

/// Starts what `kind` measures, connects `split`'s avatars, lets them settle, measures for
/// `seconds` and stops everything.
async fn load(ctx: &Ctx, kind: Kind, split: &Split, seconds: f64) -> Result<Report, String> {
    let waited = wait_quiet(ctx).await?;
    let clients: usize = split.groups.iter().map(|g| g.clients).sum();
    let mut backends = match kind {
        Kind::Server => {
            vec![Backend::server(&ctx.server_bin, &ctx.db, ctx.dir.path(), None, clients).await?]
        }
        Kind::Nats => {
            let broker = Some(ctx.args.broker.as_str());
            let a =
                Backend::server(&ctx.server_bin, &ctx.db, ctx.dir.path(), broker, clients).await?;
            let b =
                Backend::server(&ctx.server_bin, &ctx.db, ctx.dir.path(), broker, clients).await?;
            vec![a, b]
        }
        Kind::Relay => vec![Backend::relay(ctx.dir.path()).await?],
    };
    if kind != Kind::Relay && ctx.tokens.len() < clients {
        return Err(format!("only {} accounts minted", ctx.tokens.len()));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let pids: Vec<u32> = backends.iter().map(Backend::pid).collect();
    let rss = |pids: &[u32]| -> Result<u64, String> {
        pids.iter()
            .map(|p| stats::rss_kib(*p))
            .sum::<Result<u64, String>>()
    };
    let rss_idle_kib = rss(&pids)?;

    let groups = split.group_of_each();
    let instances: Vec<usize> = (0..clients).map(|i| i % backends.len()).collect();
    let tracker = Arc::new(Tracker::new(groups.clone(), instances.clone()));
    let mut tasks = tokio::task::JoinSet::new();
    let mut connected = 0;
    let indices: Vec<usize> = (0..clients).collect();
    for chunk in indices.chunks(ctx.args.ramp.max(1)) {
        let mut joins = tokio::task::JoinSet::new();
        for &i in chunk {
            let group = &split.groups[groups[i]];
            let layout = ctx
                .layouts
                .of(group.place)
                .ok_or_else(|| format!("no layout for {}", group.place))?;
            let walker = Walker::start(layout, group.area, i as u64 + 1)
                .ok_or_else(|| format!("no walkable spot in {group:?}"))?;
            let addr = backends[instances[i]].addr;
            let target = match kind {
                Kind::Relay => Target::Relay(addr),
                _ => Target::Server(addr, ctx.tokens[i].clone()),
            };
            let place = group.place;
            joins.spawn(async move { (i, client::connect(i, place, walker, target).await) });
        }
        while let Some(joined) = joins.join_next().await {
            match joined {
                Ok((_, Ok(avatar))) => {
                    connected += 1;
                    tasks.spawn(avatar.run(Arc::clone(&ctx.layouts), Arc::clone(&tracker)));
                }
                Ok((i, Err(e))) => tracker.error(i, format!("connecting: {e}")),
                Err(e) => tracker.error(usize::MAX, format!("a connect task failed: {e}")),
            }
        }
    }
    if connected == 0 {
        let tail = backends.first().map(Backend::log_tail).unwrap_or_default();
        return Err(format!(
            "no avatar could connect: {:?}; log: {tail}",
            tracker.samples()
        ));
    }
    tokio::time::sleep(Duration::from_secs_f64(ctx.args.settle.max(0.0))).await;

    let (before, cpu_before) = (tracker.totals(), Ticks::now(&pids)?);
    let started = Instant::now();
    tracker.measure(true);
    tokio::time::sleep(Duration::from_secs_f64(seconds.max(0.1))).await;
    tracker.measure(false);
    let window = started.elapsed();
    let (after, cpu_after) = (tracker.totals(), Ticks::now(&pids)?);
    let load_average = stats::load_average()?;
    let rss_kib = rss(&pids)?;
    for backend in &mut backends {
        if !backend.running() {
            tracker.error(
                usize::MAX,
                format!("a backend stopped: {}", backend.log_tail()),
            );
        }
    }
    tasks.abort_all();
    while tasks.join_next().await.is_some() {}
    drop(backends);

    Ok(Report {
        split: split.clone(),
        clients,
        connected,
        instances: instances.iter().max().map_or(1, |m| m + 1),
        window,
        totals: after.since(before),
        run_totals: after,
        all: Percentiles::of(&[&tracker.same, &tracker.cross]),
        cross: Percentiles::of(&[&tracker.cross]),
        cpu: cpu_after.since(cpu_before),
        load_average,
        waited,
        attempts: 1,
        rss_idle_kib,
        rss_kib,
        samples: tracker.samples(),
    })
}

/// Waits until the machine is busy under `--quiet-pct` of one core over 3 s, at most
/// `--wait-quiet` seconds; the seconds waited.
async fn wait_quiet(ctx: &Ctx) -> Result<f64, String> {
    let started = Instant::now();
    if ctx.args.wait_quiet == 0 {
        return Ok(0.0);
    }
    let window = Duration::from_secs(3);
    loop {
        let before = stats::machine_busy_ticks()?;
        tokio::time::sleep(window).await;
        let busy = stats::machine_busy_ticks()?.saturating_sub(before);
        let pct = busy as f64 / stats::ticks_per_second() as f64 / window.as_secs_f64() * 100.0;
        if pct < ctx.args.quiet_pct || started.elapsed() > Duration::from_secs(ctx.args.wait_quiet)
        {
            return Ok(started.elapsed().as_secs_f64() - window.as_secs_f64());
        }
    }
}

/// How far a sweep got.
struct Held {
    held: usize,
    /// Why it stopped: `failed` (the next step missed twice), `sweep_max`, `time` or `error`.
    stopped: &'static str,
}

/// 100, 200, … 1,000, then 1,250, 1,500, … up to `max`.
fn sweep_sizes(max: usize) -> Vec<usize> {
    (1..=10)
        .map(|k| k * 100)
        .chain((1..).map(|k| 1000 + k * 250).take_while(|n| *n <= 20_000))
        .take_while(|n| *n <= max)
        .collect()
}

/// Steps up the avatars in one place against `kind` until a step misses the budget twice in a
/// row (once could be a moment when something else on the machine took the cores).
async fn sweep(ctx: &Ctx, kind: Kind) -> Held {
    let run = format!("{}_sweep", kind.name());
    let started = Instant::now();
    let mut held = 0;
    for n in sweep_sizes(ctx.args.sweep_max) {
        for attempt in 1..=2 {
            if started.elapsed() > Duration::from_secs(ctx.args.sweep_budget) {
                return Held {
                    held,
                    stopped: "time",
                };
            }
            eprintln!("{run} {n} …");
            let report = match Split::new(1, n, &ctx.layouts) {
                Ok(split) => measured(ctx, kind, &split, ctx.args.sweep_seconds, &run).await,
                Err(e) => Err(e),
            };
            let report = match report {
                Ok(report) => report,
                Err(e) => {
                    emit(
                        &Line::default()
                            .with("run", run.as_str())
                            .with("clients", n)
                            .with("error", e),
                    );
                    return Held {
                        held,
                        stopped: "error",
                    };
                }
            };
            let pass = within_budget(ctx, kind, &report, n);
            let mut line = report.json(&run);
            line.set("attempt", attempt);
            line.set("within_budget", pass);
            emit(&line);
            if pass {
                break;
            }
            if attempt == 2 {
                return Held {
                    held,
                    stopped: "failed",
                };
            }
        }
        held = n;
    }
    Held {
        held,
        stopped: "sweep_max",
    }
}

/// Whether a sweep step with `n` avatars held: everyone connected, no errors, p99 within the
/// budget, the generator kept up the full send rate, and the relay delivered its full fan-out.
fn within_budget(ctx: &Ctx, kind: Kind, report: &Report, n: usize) -> bool {
    let expected_in = n as f64 * 1000.0 / client::STEP_EVERY.as_millis() as f64;
    let kept_rate = report.updates_in() >= 0.9 * expected_in;
    let fanned_out = kind != Kind::Relay
        || report.updates_out() >= 0.9 * report.updates_in() * n.saturating_sub(1) as f64;
    report.connected == n
        && report.run_totals.errors == 0
        && report.all.count > 0
        && report.all.p99 <= ctx.args.p99_budget_ms
        && kept_rate
        && fanned_out
}
