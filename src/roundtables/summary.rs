//! What a round table amounts to: contributions per topic, participants, questions asked; as a
//! chat message and as the Markdown protocol uploaded when it closes.

use super::queries::{Feedback, RoundTable, Topic};
use crate::bot::calendar::format_date;
use crate::bot::calendar::format_time as clock_time;
use crate::bot::i18n::{Lang, t};
use crate::bot::markdown::escape;
use std::collections::BTreeSet;

/// Questions listed in the chat summary; the protocol has all of them.
const QUESTIONS_IN_CHAT: usize = 10;
/// Characters of a question quoted in the chat summary.
const QUESTION_CHARS: usize = 200;

pub struct Summary<'a> {
    pub table: &'a RoundTable,
    pub topics: &'a [Topic],
    pub feedback: &'a [Feedback],
}

impl Summary<'_> {
    /// Title of the round table: its first topic.
    pub fn title(&self) -> &str {
        self.topics.first().map_or("", |t| t.title.as_str())
    }

    /// People who contributed under their name.
    pub fn participants(&self) -> usize {
        self.feedback
            .iter()
            .filter_map(|f| f.author.as_deref())
            .collect::<BTreeSet<_>>()
            .len()
    }

    pub fn anonymous(&self) -> usize {
        self.feedback
            .iter()
            .filter(|f| f.author.is_none() && !is_reduced(f))
            .count()
    }

    fn count_on(&self, topic: i64) -> usize {
        self.feedback.iter().filter(|f| f.topic == topic).count()
    }

    /// Contributions that ask something (end with a question mark), in order.
    pub fn questions(&self) -> Vec<&Feedback> {
        self.feedback.iter().filter(|f| is_question(&f.body)).collect()
    }

    /// The chat summary: figures, contributions per topic, the questions asked.
    pub fn text(&self, lang: Lang, heading: &str) -> String {
        let mut text = t(
            lang,
            heading,
            &[("id", self.table.id.into()), ("title", self.title().into())],
        );
        text.push_str("\n\n");
        text.push_str(&t(
            lang,
            "roundtable-summary-figures",
            &[
                ("contributions", self.feedback.len().into()),
                ("participants", self.participants().into()),
                ("anonymous", self.anonymous().into()),
            ],
        ));
        text.push_str(&format!("\n\n{}", t(lang, "roundtable-summary-topics", &[])));
        for topic in self.topics {
            text.push_str(&format!(
                "\n{}. {} — {}",
                topic.position,
                topic.title,
                t(
                    lang,
                    "roundtable-contributions",
                    &[("count", self.count_on(topic.position).into())]
                )
            ));
        }
        let questions = self.questions();
        if questions.is_empty() {
            text.push_str(&format!("\n\n{}", t(lang, "roundtable-summary-no-questions", &[])));
        } else {
            text.push_str(&format!(
                "\n\n{}",
                t(
                    lang,
                    "roundtable-summary-questions",
                    &[("count", questions.len().into())]
                )
            ));
            for question in questions.iter().take(QUESTIONS_IN_CHAT) {
                text.push_str(&format!("\n• [{}] {}", question.topic, shorten(&question.body)));
            }
            if questions.len() > QUESTIONS_IN_CHAT {
                text.push_str(&format!("\n{}", t(lang, "roundtable-summary-more-in-protocol", &[])));
            }
        }
        text
    }

    /// The protocol as Markdown: every contribution with topic, time and author.
    pub fn protocol(&self, lang: Lang, tz: chrono_tz::Tz) -> String {
        let table = self.table;
        let mut md = format!(
            "# {}\n\n",
            t(
                lang,
                "protocol-title",
                &[("id", table.id.into()), ("title", self.title().into())]
            )
        );
        let closed = table
            .closed_at
            .map(|ms| format!("{}, {}", format_date(ms, tz), clock_time(ms, tz)));
        md.push_str(&t(
            lang,
            "protocol-times",
            &[
                (
                    "opened",
                    format!(
                        "{}, {}",
                        format_date(table.opened_at, tz),
                        clock_time(table.opened_at, tz)
                    )
                    .into(),
                ),
                ("closed", closed.unwrap_or_else(|| "-".into()).into()),
            ],
        ));
        md.push_str("\n\n");
        md.push_str(&t(
            lang,
            "roundtable-summary-figures",
            &[
                ("contributions", self.feedback.len().into()),
                ("participants", self.participants().into()),
                ("anonymous", self.anonymous().into()),
            ],
        ));
        md.push('\n');
        for topic in self.topics {
            md.push_str(&format!("\n## {}. {}\n\n", topic.position, escape(&topic.title)));
            let on_topic: Vec<&Feedback> = self.feedback.iter().filter(|f| f.topic == topic.position).collect();
            if on_topic.is_empty() {
                md.push_str(&format!("{}\n", t(lang, "protocol-no-contributions", &[])));
            }
            // Past the retention period only the count of contributions is left.
            let (reduced, on_topic): (Vec<&Feedback>, Vec<&Feedback>) =
                on_topic.into_iter().partition(|f| is_reduced(f));
            if !reduced.is_empty() {
                md.push_str(&format!(
                    "- {}\n",
                    t(lang, "protocol-reduced", &[("count", reduced.len().into())])
                ));
            }
            for item in on_topic {
                md.push_str(&format!(
                    "- {}: {}\n",
                    self.attribution(item, lang, tz),
                    quote(&item.body)
                ));
            }
        }
        let questions = self.questions();
        if !questions.is_empty() {
            md.push_str(&format!("\n## {}\n\n", t(lang, "protocol-questions", &[])));
            for question in questions {
                md.push_str(&format!("- [{}] {}\n", question.topic, quote(&question.body)));
            }
        }
        md
    }

    fn attribution(&self, item: &Feedback, lang: Lang, tz: chrono_tz::Tz) -> String {
        match (&item.author, item.via_direct) {
            (None, _) => t(lang, "protocol-anonymous", &[]),
            (Some(author), false) => format!("{} {}", clock_time(item.created_at, tz), escape(author)),
            (Some(author), true) => format!(
                "{} {} ({})",
                clock_time(item.created_at, tz),
                escape(author),
                t(lang, "protocol-via-direct", &[])
            ),
        }
    }
}

/// A contribution whose text and author the retention sweep removed.
fn is_reduced(item: &Feedback) -> bool {
    item.body.is_empty() && item.author.is_none()
}

fn is_question(body: &str) -> bool {
    body.trim_end().ends_with(['?', '？', '¿'])
}

fn shorten(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= QUESTION_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(QUESTION_CHARS).collect();
    format!("{cut} […]")
}

/// A contribution on one protocol line, its line breaks kept; nothing in it becomes Markdown.
fn quote(text: &str) -> String {
    escape(text.trim()).replace('\n', "  \n  ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contributions_cannot_become_markdown() {
        assert_eq!(
            quote("a\n> b\n12. c\n- d, e. f"),
            "a  \n  \\> b  \n  12\\. c  \n  \\- d, e. f"
        );
    }

    #[test]
    fn a_question_ends_with_a_question_mark() {
        assert!(is_question("Wer haftet? "));
        assert!(!is_question("Wer haftet? Niemand."));
        assert!(!is_question(""));
    }
}
