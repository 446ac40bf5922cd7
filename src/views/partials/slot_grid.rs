//! The grid of preferred slots: one small fieldset per day with a morning and an afternoon
//! checkbox. Used by the request form and by "ask for another slot".

use super::FieldView;
use crate::domain::slot::{DayPart, PreferredSlot};
use crate::i18n::Tr;
use maud::{Markup, html};

/// The preferred slots: one small fieldset per day with a morning and an afternoon checkbox. The
/// first checkbox carries the field's id, so that the error summary leads to an input.
pub fn slot_grid(
    tr: Tr,
    field: &FieldView,
    offered: &[PreferredSlot],
    chosen: &[String],
) -> Markup {
    let days: Vec<_> = {
        let mut days: Vec<_> = offered.iter().map(|s| s.date).collect();
        days.dedup();
        days
    };
    let first = days
        .iter()
        .flat_map(|date| DayPart::ALL.map(|part| PreferredSlot { date: *date, part }))
        .find(|slot| offered.contains(slot));
    html! {
        fieldset class=(if field.error.is_some() { "slot-grid field has-error" } else { "slot-grid field" })
            aria-describedby=(format!("{0}-hint{1}", field.name, if field.error.is_some() { format!(" {}-error", field.name) } else { String::new() })) {
            legend { (field.label) }
            p.hint id=(format!("{}-hint", field.name)) { (field.hint.clone().unwrap_or_default()) }
            @if let Some(error) = &field.error {
                p.field-error id=(format!("{}-error", field.name)) {
                    span.visually-hidden { (tr.t("error-prefix")) " " } (error)
                }
            }
            div.days {
                @for date in &days {
                    fieldset.day {
                        legend { (tr.date_long(*date)) }
                        @for part in DayPart::ALL {
                            @let slot = PreferredSlot { date: *date, part };
                            @if offered.contains(&slot) {
                                @let code = slot.code();
                                @let id = if first == Some(slot) { field.name.to_owned() } else { format!("slot-{code}") };
                                div.choice {
                                    input type="checkbox" id=(id) name="slot" value=(code)
                                        checked[chosen.contains(&code)]
                                        aria-invalid=[field.error.as_ref().map(|_| "true")];
                                    label for=(id) { (tr.t(&format!("part-{}", part.code()))) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
