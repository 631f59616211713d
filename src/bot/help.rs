//! `!hilfe`: the overview and per-topic help, generated from the command table.

use super::commands::{COMMANDS, CommandSpec, Role, TOPICS};
use super::context::Ctx;

/// The overview shows the team's commands to the team only; `!hilfe team` explains them to anyone.
fn listed_in_overview(ctx: &Ctx<'_>, spec: &CommandSpec) -> bool {
    spec.role == Role::Everyone || ctx.is_team
}

pub fn help(ctx: &mut Ctx<'_>, args: &str) {
    let wanted = args.trim().trim_start_matches('!').to_lowercase();
    let topic = TOPICS
        .iter()
        .find(|(name, aliases, _)| *name == wanted || aliases.contains(&wanted.as_str()));
    let command = super::commands::lookup(&wanted);
    let mut text = String::new();
    match (wanted.is_empty(), topic, command) {
        (true, _, _) => {
            text.push_str(&ctx.t("help-intro", &[]));
            for (name, _, heading) in TOPICS {
                let listed: Vec<&CommandSpec> = COMMANDS
                    .iter()
                    .filter(|c| c.topic == *name && listed_in_overview(ctx, c))
                    .collect();
                if listed.is_empty() {
                    continue;
                }
                text.push_str(&format!("\n\n{}", ctx.t(heading, &[])));
                for spec in listed {
                    text.push_str(&format!("\n• !{} — {}", spec.name, ctx.t(spec.help_key, &[])));
                }
            }
            text.push_str(&format!("\n\n{}", ctx.t("help-outro", &[])));
        }
        (false, Some((name, _, heading)), _) => {
            text.push_str(&ctx.t(heading, &[]));
            for spec in COMMANDS.iter().filter(|c| c.topic == *name) {
                text.push_str(&format!("\n• !{} — {}", spec.name, ctx.t(spec.help_key, &[])));
            }
            let details = format!("{}-details", heading);
            text.push_str(&format!("\n\n{}", ctx.t(&details, &[])));
        }
        (false, None, Some(spec)) => {
            text.push_str(&format!("!{} — {}", spec.name, ctx.t(spec.help_key, &[])));
        }
        (false, None, None) => {
            let topics = TOPICS.iter().map(|(n, _, _)| *n).collect::<Vec<_>>().join(", ");
            text = ctx.t("help-unknown-topic", &[("topics", topics.into())]);
        }
    }
    ctx.reply_text(text, None);
}
