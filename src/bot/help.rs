//! `!hilfe`: the overview and per-topic help, generated from the registered commands and topics.

use super::commands::{self, Command, Role};
use super::context::Ctx;

/// The overview shows the team's commands to the team only; `!hilfe team` explains them to anyone.
fn listed_in_overview(ctx: &Ctx<'_>, spec: &Command) -> bool {
    spec.role == Role::Everyone || ctx.is_team
}

fn line(ctx: &Ctx<'_>, spec: &Command) -> String {
    format!("!{} — {}", spec.name, ctx.t(spec.help_key, &[]))
}

pub fn help(ctx: &mut Ctx<'_>, args: &str) {
    let wanted = args.trim().trim_start_matches('!').to_lowercase();
    let topic = commands::topics().find(|t| t.name == wanted || t.aliases.contains(&wanted.as_str()));
    let command = commands::lookup(&wanted);
    let mut text = String::new();
    match (wanted.is_empty(), topic, command) {
        (true, _, _) => {
            text.push_str(&ctx.t("help-intro", &[]));
            for topic in commands::topics() {
                let listed: Vec<&Command> = commands::all()
                    .iter()
                    .copied()
                    .filter(|c| c.topic == topic.name && listed_in_overview(ctx, c))
                    .collect();
                if listed.is_empty() {
                    continue;
                }
                text.push_str(&format!("\n\n{}", ctx.t(topic.heading, &[])));
                for spec in listed {
                    text.push_str(&format!("\n• {}", line(ctx, spec)));
                }
            }
            text.push_str(&format!("\n\n{}", ctx.t("help-outro", &[])));
        }
        (false, Some(topic), _) => {
            text.push_str(&ctx.t(topic.heading, &[]));
            for spec in commands::all().iter().filter(|c| c.topic == topic.name) {
                text.push_str(&format!("\n• {}", line(ctx, spec)));
            }
            let details = format!("{}-details", topic.heading);
            text.push_str(&format!("\n\n{}", ctx.t(&details, &[])));
        }
        (false, None, Some(spec)) => text.push_str(&line(ctx, spec)),
        (false, None, None) => {
            let topics = commands::topics().map(|t| t.name).collect::<Vec<_>>().join(", ");
            text = ctx.t("help-unknown-topic", &[("topics", topics.into())]);
        }
    }
    ctx.reply_text(text, None);
}
