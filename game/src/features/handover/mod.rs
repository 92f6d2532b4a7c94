//! "Talk about this with a counsellor": with the person's consent, a practice interview's
//! review or the application documents go to the counselling server as a new mail enquiry,
//! through the counselling outbox ([`crate::features::counselling::outbox`]). Each letter
//! needs its own consent: a press of "send" uses up the ticked box ([`send_with_consent`]).

pub mod ui;

use lernwelt_protocol::Language;

use crate::features::counselling::outbox::{Opening, OutboxAction, Subject};

/// A press of "send" with the consent box ticked: the consent is used up by this one letter
/// (the box is unticked again), so every further letter needs the person's own tick.
pub fn send_with_consent(
    consent: &mut bool,
    subject: Subject,
    language: Language,
    text: Option<String>,
) -> Option<OutboxAction> {
    if !std::mem::take(consent) {
        return None;
    }
    Some(OutboxAction::Send {
        subject,
        opening: Opening::default(),
        language,
        text: text?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_send_uses_up_the_consent() {
        let mut consent = false;
        let send = |c: &mut bool| {
            send_with_consent(c, Subject::Interview, Language::Ar, Some("Text".into()))
        };
        assert_eq!(send(&mut consent), None, "no letter without the tick");
        consent = true;
        assert!(matches!(
            send(&mut consent),
            Some(OutboxAction::Send {
                subject: Subject::Interview,
                ..
            })
        ));
        assert!(!consent, "the box is unticked after sending");
        assert_eq!(send(&mut consent), None, "a second letter needs a new tick");
        // Nothing to send (e.g. no document chosen) also unticks: the next try asks again.
        consent = true;
        assert_eq!(
            send_with_consent(&mut consent, Subject::Documents, Language::De, None),
            None
        );
        assert!(!consent);
    }
}
