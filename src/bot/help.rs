//! `!hilfe`: a short overview for newcomers and the full help per topic, generated from the
//! registered commands and topics. The overview lists the commands the capabilities mark as first
//! steps and then every topic, so that a new capability appears without a change here.

use super::commands::{self, Command, Role};
use super::context::Ctx;
use super::registry::Topic;

/// The overview shows the team's commands to the team only; `!hilfe team` explains them to anyone.
fn listed_in_overview(ctx: &Ctx<'_>, spec: &Command) -> bool {
    spec.role == Role::Everyone || ctx.is_team
}

/// A topic whose commands are all for the team (or promoters): the overview points only the team
/// to it.
fn for_the_team(topic: &Topic) -> bool {
    let mut specs = commands::all().iter().filter(|c| c.topic == topic.name).peekable();
    specs.peek().is_some() && specs.all(|c| c.role != Role::Everyone)
}

fn line(ctx: &Ctx<'_>, spec: &Command) -> String {
    format!("!{} — {}", spec.name, ctx.t(spec.help_key, &[]))
}

/// `!hilfe ideen, !hilfe bedenken, …` (`!help …` in English).
fn topic_list(ctx: &Ctx<'_>, topics: &[&Topic]) -> String {
    topics
        .iter()
        .map(|t| ctx.t("help-topic-item", &[("topic", t.name.into())]))
        .collect::<Vec<_>>()
        .join(", ")
}

fn overview(ctx: &Ctx<'_>) -> String {
    let mut text = ctx.t("help-intro", &[]);
    for spec in commands::first_steps().filter(|c| listed_in_overview(ctx, c)) {
        text.push_str(&format!("\n• {}", line(ctx, spec)));
    }
    let (team, everyones): (Vec<&Topic>, Vec<&Topic>) = commands::topics().partition(|t| for_the_team(t));
    text.push_str(&format!(
        "\n\n{}",
        ctx.t("help-topics", &[("topics", topic_list(ctx, &everyones).into())])
    ));
    if ctx.is_team && !team.is_empty() {
        text.push_str(&format!(
            "\n{}",
            ctx.t("help-team-topics", &[("topics", topic_list(ctx, &team).into())])
        ));
    }
    text
}

pub fn help(ctx: &mut Ctx<'_>, args: &str) {
    let wanted = args.trim().trim_start_matches('!').to_lowercase();
    let topic = commands::topics().find(|t| t.name == wanted || t.aliases.contains(&wanted.as_str()));
    let command = commands::lookup(&wanted);
    let mut text = String::new();
    match (wanted.is_empty(), topic, command) {
        (true, _, _) => text = overview(ctx),
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
