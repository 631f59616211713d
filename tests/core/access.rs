//! Access, table-driven: every command of the command table (every name and alias) × every kind
//! of sender — employee, promoter, strategy team, a user of a foreign server who copies a team
//! member's localpart — is either allowed or refused with the short explanation, as its role says.

use crate::corekit::{TEAM, TestBot, backends};
use lotse::bot::commands::{self, Role};

const EMPLOYEE: &str = "@anna:example.org";
const PROMOTER: &str = "@paula:example.org";
/// Same localpart as the configured team member, other server: counts as nobody special.
const FOREIGN: &str = "@team:evil.example";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Sender {
    Employee,
    Promoter,
    Team,
    Foreign,
}

impl Sender {
    fn user_id(self) -> &'static str {
        match self {
            Sender::Employee => EMPLOYEE,
            Sender::Promoter => PROMOTER,
            Sender::Team => TEAM,
            Sender::Foreign => FOREIGN,
        }
    }

    fn may_use(self, role: Role) -> bool {
        match role {
            Role::Everyone => true,
            Role::Promoter => matches!(self, Sender::Promoter | Sender::Team),
            Role::Team => self == Sender::Team,
        }
    }
}

/// The refusal texts (German, the default language) of the two restricted roles.
fn is_refusal(reply: &str) -> bool {
    reply.contains("ist dem Strategieteam vorbehalten") || reply.contains("steht den Promotor:innen")
}

#[tokio::test]
async fn every_command_is_allowed_or_refused_for_every_kind_of_sender() {
    for t in backends().await {
        t.one(EMPLOYEE, "!idee Chatbot für Anträge").await;
        let appointed = t.say(TEAM, "!rolle @paula:example.org promotor Bürgerservice").await;
        assert!(appointed[0].contains("ist jetzt Promotor:in"), "{appointed:?}");
        let mut checked = 0;
        for spec in commands::all() {
            for name in std::iter::once(spec.name).chain(spec.aliases.iter().copied()) {
                for sender in [Sender::Employee, Sender::Promoter, Sender::Team, Sender::Foreign] {
                    let replies = t.say(sender.user_id(), &format!("!{name}")).await;
                    // Leave any dialog the command opened, so the next one starts clean.
                    t.say(sender.user_id(), "!abbrechen").await;
                    let refused = replies.iter().any(|r| is_refusal(r));
                    assert_eq!(
                        refused,
                        !sender.may_use(spec.role),
                        "!{name} ({:?} command) from {sender:?} on {}: {replies:?}",
                        spec.role,
                        t.backend
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked >= 4 * commands::all().len(), "{checked}");
    }
}

#[tokio::test]
async fn a_foreign_users_lookalike_id_never_reaches_team_data() {
    let t = TestBot::sqlite().await;
    t.one(EMPLOYEE, "!idee Chatbot für Anträge").await;
    for command in [
        "!status #1 abgelehnt Test",
        "!portfolio",
        "!bewerte #1 wirkung=5 akzeptanz=5 skalierung=5 machbarkeit=5 effizienz=5 buerger=5",
    ] {
        let reply = t.one(FOREIGN, command).await;
        assert!(is_refusal(&reply), "{command}: {reply}");
    }
    let shown = t.one(FOREIGN, "!idee #1").await;
    assert!(!shown.contains("Bewertung"), "scores are for the team only: {shown}");
    assert_eq!(t.count("SELECT COUNT(*) FROM audit_log").await, 0);
}
