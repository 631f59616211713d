//! The inventory's section of `!bericht` (a picture of today: tools in use by risk class and
//! status, reviews overdue, high-risk tools without impact assessment or registration, drafts)
//! and the `!export ki-bestand` table, whose columns map to a public algorithm register.

use super::duties::{answers_of, open_duties};
use super::fields::{Role, TOOL_STATUSES, ToolStatus};
use super::queries::{self, Tool};
use super::triage::{self, Duty, RISK_CLASSES, RiskClass};
use crate::bot::report::{Cell, Scope, Section, Table};
use crate::store::Tx;
use anyhow::Result;

fn retired(tool: &Tool) -> bool {
    tool.status == ToolStatus::Retired.as_str()
}

/// A tool in use whose triage asks for an impact assessment or a registration not yet recorded
/// (high risk, or unclear with an Annex III area).
fn lacks_high_risk_evidence(tool: &Tool) -> bool {
    !retired(tool)
        && open_duties(tool)
            .iter()
            .any(|d| matches!(d, Duty::Fria | Duty::Registration))
}

pub async fn section(tx: &mut Tx, scope: &Scope<'_>) -> Result<Section> {
    let tools = queries::all(tx).await?;
    let mut section = Section::new(scope.t("report-inventory-heading", &[]));
    let active: Vec<&Tool> = tools.iter().filter(|t| !retired(t)).collect();
    let drafts = active.iter().filter(|t| t.is_draft()).count() as i64;
    let added = tools.iter().filter(|t| scope.period.contains(t.created_at)).count() as i64;
    section.lines.push(scope.t(
        "report-inventory-total",
        &[
            ("count", (active.len() as i64).into()),
            ("drafts", drafts.into()),
            ("added", added.into()),
        ],
    ));
    section.figure(
        scope.t("report-inventory-fig-active", &[]),
        Cell::Int(active.len() as i64),
    );
    section.figure(scope.t("report-inventory-fig-drafts", &[]), Cell::Int(drafts));
    section.figure(scope.t("report-inventory-fig-added", &[]), Cell::Int(added));

    let mut by_class: Vec<(String, i64)> = RISK_CLASSES
        .iter()
        .map(|c| {
            let n = active.iter().filter(|t| t.risk_class == c.as_str()).count() as i64;
            (scope.t(c.label_id(), &[]), n)
        })
        .collect();
    let untriaged = active
        .iter()
        .filter(|t| RiskClass::from_stored(&t.risk_class).is_none())
        .count() as i64;
    by_class.push((scope.t("tool-not-triaged", &[]), untriaged));
    by_class.retain(|(_, n)| *n > 0);
    section.lines.push(scope.t(
        "report-inventory-classes",
        &[("list", scope.breakdown(&by_class).into())],
    ));
    section.breakdown_figures(&scope.t("report-inventory-fig-class", &[]), &by_class);

    let mut by_status: Vec<(String, i64)> = TOOL_STATUSES
        .iter()
        .map(|s| {
            let n = tools.iter().filter(|t| t.status == s.as_str()).count() as i64;
            (scope.t(s.label_id(), &[]), n)
        })
        .collect();
    by_status.retain(|(_, n)| *n > 0);
    section.lines.push(scope.t(
        "report-inventory-statuses",
        &[("list", scope.breakdown(&by_status).into())],
    ));
    section.breakdown_figures(&scope.t("report-inventory-fig-status", &[]), &by_status);

    let overdue = active
        .iter()
        .filter(|t| t.retriage != 0 || t.next_review_at.is_some_and(|due| due <= scope.now_ms))
        .count() as i64;
    section
        .lines
        .push(scope.t("report-inventory-overdue", &[("count", overdue.into())]));
    section.figure(scope.t("report-inventory-fig-overdue", &[]), Cell::Int(overdue));

    let lacking: Vec<String> = active
        .iter()
        .filter(|t| lacks_high_risk_evidence(t))
        .map(|t| format!("#{}", t.id))
        .collect();
    section.lines.push(scope.t(
        "report-inventory-high-risk-open",
        &[
            ("count", (lacking.len() as i64).into()),
            ("list", lacking.join(", ").into()),
        ],
    ));
    section.figure(
        scope.t("report-inventory-fig-high-risk-open", &[]),
        Cell::Int(lacking.len() as i64),
    );
    Ok(section)
}

/// Every entry with what a public register asks for; the owner is a person of the administration
/// the team may see, whoever reported a tool is not exported.
pub async fn table(tx: &mut Tx, scope: &Scope<'_>) -> Result<Table> {
    let headers = scope.headers(&[
        "export-tool-id",
        "tool-field-name",
        "export-tool-unit",
        "tool-field-purpose",
        "tool-field-procedure",
        "tool-field-vendor",
        "tool-field-product",
        "tool-field-version",
        "tool-field-role",
        "tool-field-status",
        "tool-field-legal-basis",
        "tool-field-personal-data",
        "tool-field-affected",
        "tool-field-oversight",
        "tool-field-risk-class",
        "export-tool-triage",
        "export-tool-triaged-at",
        "export-tool-fria-at",
        "export-tool-fria-summary",
        "tool-field-dpia",
        "tool-field-registration",
        "tool-field-staff-informed",
        "tool-field-council-informed",
        "tool-field-logs",
        "tool-field-notice",
        "tool-field-owner",
        "tool-field-idea",
        "export-tool-draft",
        "export-tool-last-review",
        "tool-field-next-review",
        "export-tool-created",
    ]);
    let mut rows = vec![];
    for tool in queries::all(tx).await? {
        let class =
            RiskClass::from_stored(&tool.risk_class).map_or(Cell::Empty, |c| Cell::text(scope.t(c.label_id(), &[])));
        let answers: Vec<String> = answers_of(&tool)
            .iter()
            .filter_map(triage::lookup)
            .map(|(q, c)| format!("{}: {}", scope.t(q.short, &[]), scope.t(c.label, &[])))
            .collect();
        let status =
            ToolStatus::from_stored(&tool.status).map_or(Cell::Empty, |s| Cell::text(scope.t(s.label_id(), &[])));
        let personal_data = if tool.personal_data == super::fields::NO_PERSONAL_DATA {
            scope.t("tool-personal-data-none", &[])
        } else {
            tool.personal_data.clone()
        };
        rows.push(vec![
            Cell::Int(tool.id),
            Cell::text(tool.name.clone()),
            Cell::text(tool.department.clone()),
            Cell::text(tool.purpose.clone()),
            Cell::text(tool.procedure.clone()),
            Cell::text(tool.vendor.clone()),
            Cell::text(tool.product.clone()),
            Cell::text(tool.version.clone()),
            Cell::text(scope.t(Role::label_id(&tool.role), &[])),
            status,
            Cell::text(tool.legal_basis.clone()),
            Cell::text(personal_data),
            Cell::text(tool.affected.clone()),
            Cell::text(tool.oversight.clone()),
            class,
            Cell::text(answers.join("; ")),
            Cell::date(tool.triaged_at),
            Cell::date(tool.fria_at),
            Cell::text(tool.fria_summary.clone()),
            Cell::date(tool.dpia_at),
            Cell::text(tool.eu_registration.clone()),
            Cell::date(tool.staff_informed_at),
            Cell::date(tool.council_informed_at),
            Cell::text(tool.log_retention.clone()),
            Cell::text(tool.transparency_notice.clone()),
            Cell::text(tool.owner.clone().unwrap_or_default()),
            tool.idea_id.map_or(Cell::Empty, Cell::Int),
            scope.yes_no(tool.is_draft()),
            Cell::date(tool.last_reviewed_at),
            Cell::date(tool.next_review_at),
            Cell::date(Some(tool.created_at)),
        ]);
    }
    Ok(Table {
        name: scope.t("export-inventory-sheet", &[]),
        headers,
        rows,
    })
}
