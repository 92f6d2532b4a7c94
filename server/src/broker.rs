//! How several server instances share what happens in the places and on the live chat: each
//! instance publishes its own news (steps, arrivals, chat lines, pushes for an account) on a
//! [`Topic`], and hears the other instances' news on the same topics. Two brokers behind one
//! trait:
//!
//! - [`InProcess`]: the default. Instances joined to one [`InProcessNet`] hear each other
//!   (tests run two servers in one process this way); a lone server's net has nobody else, and
//!   publishing costs nothing.
//! - [`Nats`]: `--broker nats://host:port`. Every instance connects to the NATS server;
//!   subjects are `<prefix>.place.<place>` and `<prefix>.hub`, and an instance never hears its
//!   own messages (NATS "no echo").
//!
//! Publishing never waits: a message that does not fit into the way out is dropped and counted
//! in the log (presence repeats itself; a lost push is caught up by the history route, as with
//! a slow client). Messages are opaque bytes here; [`crate::presence::remote`] and
//! [`crate::ws`] give them their meaning.

use async_trait::async_trait;
use bytes::Bytes;
use lernwelt_protocol::Place;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;

/// Messages waiting to go out or to be handled before further ones are dropped.
const QUEUE: usize = 16_384;
/// How long connecting to the broker may take at start.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// What a message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    /// Who is in a place, where they stand, what they say.
    Place(Place),
    /// The live chat: pushes for an account, ended sessions, counsellors online.
    Hub,
}

impl Topic {
    fn subject(self, prefix: &str) -> String {
        match self {
            Topic::Place(place) => format!("{prefix}.place.{}", place.id()),
            Topic::Hub => format!("{prefix}.hub"),
        }
    }

    fn from_subject(prefix: &str, subject: &str) -> Option<Self> {
        let rest = subject.strip_prefix(prefix)?.strip_prefix('.')?;
        if rest == "hub" {
            return Some(Topic::Hub);
        }
        let place = rest.strip_prefix("place.")?;
        Place::ALL
            .into_iter()
            .find(|p| p.id() == place)
            .map(Topic::Place)
    }
}

/// A broker could not be reached or used.
#[derive(Debug)]
pub struct BrokerError(pub String);

impl fmt::Display for BrokerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BrokerError {}

/// The way between server instances.
#[async_trait]
pub trait Broker: Send + Sync + fmt::Debug {
    /// Sends `payload` to every other instance. Never waits.
    fn publish(&self, topic: Topic, payload: Bytes);
    /// Whether any other instance may hear what this one publishes (if not, nothing needs to
    /// be written down for them).
    fn shared(&self) -> bool;
    /// The other instances' messages, each with its topic. Called once, at start.
    async fn listen(&self) -> Result<mpsc::Receiver<(Topic, Bytes)>, BrokerError>;
}

/// Instances in one process that hear each other.
#[derive(Debug, Default, Clone)]
pub struct InProcessNet {
    members: Arc<Mutex<Vec<(u64, mpsc::Sender<(Topic, Bytes)>)>>>,
    next: Arc<AtomicU64>,
}

impl InProcessNet {
    /// A new net with nobody on it.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// A broker for one more instance on this net.
    #[must_use]
    pub fn join(&self) -> InProcess {
        InProcess {
            net: self.clone(),
            id: self.next.fetch_add(1, Ordering::Relaxed),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(u64, mpsc::Sender<(Topic, Bytes)>)>> {
        // A poisoned lock only means a holder panicked mid-update; the list is still usable.
        self.members.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// One instance's broker on an [`InProcessNet`].
#[derive(Debug)]
pub struct InProcess {
    net: InProcessNet,
    id: u64,
}

impl InProcess {
    /// The broker of a server on its own: nobody else hears it.
    #[must_use]
    pub fn alone() -> Self {
        InProcessNet::new().join()
    }
}

#[async_trait]
impl Broker for InProcess {
    fn publish(&self, topic: Topic, payload: Bytes) {
        let mut members = self.net.lock();
        members.retain(|(_, tx)| !tx.is_closed());
        for (id, tx) in members.iter() {
            if *id != self.id && tx.try_send((topic, payload.clone())).is_err() {
                tracing::warn!(?topic, "an instance's inbox is full: a message was dropped");
            }
        }
    }

    fn shared(&self) -> bool {
        self.net.lock().iter().any(|(id, _)| *id != self.id)
    }

    async fn listen(&self) -> Result<mpsc::Receiver<(Topic, Bytes)>, BrokerError> {
        let (tx, rx) = mpsc::channel(QUEUE);
        self.net.lock().push((self.id, tx));
        Ok(rx)
    }
}

/// The broker over a NATS server.
pub struct Nats {
    client: async_nats::Client,
    prefix: String,
    out: mpsc::Sender<(String, Bytes)>,
}

impl fmt::Debug for Nats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Nats")
            .field("prefix", &self.prefix)
            .finish_non_exhaustive()
    }
}

impl Nats {
    /// Connects to the NATS server at `url` (e.g. `nats://127.0.0.1:4222`); subjects start
    /// with `prefix` (instances that share places use the same one). Fails if the server does
    /// not answer within a few seconds; later breaks are bridged by reconnecting, and what
    /// was published meanwhile is lost (presence repeats itself within a second).
    pub async fn connect(url: &str, prefix: &str) -> Result<Self, BrokerError> {
        if prefix.is_empty()
            || !prefix
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
            || prefix.starts_with('.')
            || prefix.ends_with('.')
        {
            return Err(BrokerError(format!(
                "the broker subject prefix {prefix:?} must be letters, digits, '_', '-' and \
                 inner dots"
            )));
        }
        let connect = async_nats::ConnectOptions::new()
            .name("lernwelt-server")
            .no_echo()
            .connection_timeout(CONNECT_TIMEOUT)
            .subscription_capacity(QUEUE)
            .event_callback(|event| async move {
                tracing::info!(%event, "broker connection");
            })
            .connect(url);
        let client = match tokio::time::timeout(CONNECT_TIMEOUT, connect).await {
            Ok(Ok(client)) => client,
            Ok(Err(e)) => return Err(BrokerError(format!("cannot connect to {url}: {e}"))),
            Err(_) => {
                return Err(BrokerError(format!(
                    "no answer from the broker at {url} within {} s",
                    CONNECT_TIMEOUT.as_secs()
                )));
            }
        };
        let (out, mut outgoing) = mpsc::channel::<(String, Bytes)>(QUEUE);
        let sender = client.clone();
        tokio::spawn(async move {
            while let Some((subject, payload)) = outgoing.recv().await {
                if let Err(e) = sender.publish(subject, payload).await {
                    tracing::warn!(error = %e, "cannot publish to the broker");
                }
            }
        });
        Ok(Self {
            client,
            prefix: prefix.to_owned(),
            out,
        })
    }
}

#[async_trait]
impl Broker for Nats {
    fn publish(&self, topic: Topic, payload: Bytes) {
        if self
            .out
            .try_send((topic.subject(&self.prefix), payload))
            .is_err()
        {
            tracing::warn!(
                ?topic,
                "the way to the broker is full: a message was dropped"
            );
        }
    }

    fn shared(&self) -> bool {
        true
    }

    async fn listen(&self) -> Result<mpsc::Receiver<(Topic, Bytes)>, BrokerError> {
        let mut subscriber = self
            .client
            .subscribe(format!("{}.>", self.prefix))
            .await
            .map_err(|e| BrokerError(format!("cannot subscribe at the broker: {e}")))?;
        // Once the server has the subscription, nothing published afterwards is missed.
        self.client
            .flush()
            .await
            .map_err(|e| BrokerError(format!("cannot subscribe at the broker: {e}")))?;
        let (tx, rx) = mpsc::channel(QUEUE);
        let prefix = self.prefix.clone();
        tokio::spawn(async move {
            use futures_util::StreamExt;
            while let Some(message) = subscriber.next().await {
                let Some(topic) = Topic::from_subject(&prefix, message.subject.as_str()) else {
                    continue;
                };
                if tx.send((topic, message.payload)).await.is_err() {
                    return;
                }
            }
        });
        Ok(rx)
    }
}

/// One instance's end of the broker: publishes its news signed with its instance id, and reads
/// the others'. Cheap to clone (shared).
#[derive(Clone, Debug)]
pub struct Link {
    broker: Arc<dyn Broker>,
    instance: u64,
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    /// The instance that sent it.
    from: u64,
    news: T,
}

impl Link {
    /// This instance's end of `broker`, with a random instance id.
    pub fn new(broker: Arc<dyn Broker>) -> Self {
        let mut random = [0u8; 8];
        // Without randomness ids could collide between instances; the time stands in.
        let instance = match getrandom::fill(&mut random) {
            Ok(()) => u64::from_le_bytes(random),
            Err(_) => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64),
        };
        Self { broker, instance }
    }

    /// A link that nobody hears: the server on its own.
    pub fn alone() -> Self {
        Self::new(Arc::new(InProcess::alone()))
    }

    /// This instance's id among the others.
    pub fn instance(&self) -> u64 {
        self.instance
    }

    /// Whether another instance may hear this one.
    pub fn shared(&self) -> bool {
        self.broker.shared()
    }

    /// Publishes `news` on `topic`, if anyone may hear it.
    pub fn publish<T: Serialize>(&self, topic: Topic, news: &T) {
        if !self.broker.shared() {
            return;
        }
        let envelope = Envelope {
            from: self.instance,
            news,
        };
        match serde_json::to_vec(&envelope) {
            Ok(bytes) => self.broker.publish(topic, Bytes::from(bytes)),
            Err(e) => tracing::error!(error = %e, "cannot write news for the broker"),
        }
    }

    /// The sending instance and the news in `payload`; `None` (logged) if it does not read,
    /// for instance from an instance of another version.
    pub fn read<T: DeserializeOwned>(payload: &[u8]) -> Option<(u64, T)> {
        match serde_json::from_slice::<Envelope<T>>(payload) {
            Ok(envelope) => Some((envelope.from, envelope.news)),
            Err(e) => {
                tracing::warn!(error = %e, "unreadable news from another instance");
                None
            }
        }
    }

    /// The other instances' messages (see [`Broker::listen`]).
    pub async fn listen(&self) -> Result<mpsc::Receiver<(Topic, Bytes)>, BrokerError> {
        self.broker.listen().await
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn subjects_read_back_as_their_topics() {
        for topic in Place::ALL.into_iter().map(Topic::Place).chain([Topic::Hub]) {
            let subject = topic.subject("lw.test");
            assert_eq!(Topic::from_subject("lw.test", &subject), Some(topic));
            assert_eq!(Topic::from_subject("lw.other", &subject), None);
        }
        assert_eq!(Topic::from_subject("lw", "lw.place.moon"), None);
        assert_eq!(Topic::from_subject("lw", "lwx.hub"), None);
    }

    #[tokio::test]
    async fn in_process_instances_hear_each_other_but_not_themselves() {
        let net = InProcessNet::new();
        let (a, b) = (net.join(), net.join());
        assert!(!InProcess::alone().shared());
        let mut heard_a = a.listen().await.unwrap();
        assert!(!a.shared(), "alone on the net until b listens");
        let mut heard_b = b.listen().await.unwrap();
        assert!(a.shared() && b.shared());
        a.publish(Topic::Hub, Bytes::from_static(b"from a"));
        assert_eq!(
            heard_b.recv().await,
            Some((Topic::Hub, Bytes::from_static(b"from a")))
        );
        assert!(heard_a.try_recv().is_err(), "a does not hear itself");
        drop(heard_b);
        a.publish(Topic::Hub, Bytes::from_static(b"again"));
        assert!(!a.shared(), "b's inbox is gone");
    }
}
