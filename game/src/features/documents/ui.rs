//! The documents desk's panel: tabs for the CV, the cover letter, and export and review.
//! Labels, help and messages are in the person's language (right to left in Arabic); the
//! fields hold German text and stay left to right, with German examples as hints.

use std::collections::HashMap;

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::core::state::InWorld;
use crate::features::counselling::outbox::Subject;
use crate::features::documents::{DocumentDrafts, DraftStatus, export};
use crate::features::handover::ui::HandOverUi;
use crate::i18n::{Texts, Tr};
use crate::interact::kiosk_panel::kiosk_panel;
use crate::interact::{OpenPanel, PanelKind};
use crate::theme::UiSystems;
use crate::theme::rtl::{Dir, TextField};
use lernwelt_documents::model::{
    Entry, Issue, LEVELS, LanguageSkill, Section, examples, validate_cv, validate_letter,
};
use lernwelt_documents::pdf;
use lernwelt_documents::review::{Consent, ReviewRequest};

use crate::theme::palette::{BAD as ERROR, GOOD as OK, HELP};
/// German contents are always laid out left to right.
const GERMAN: Dir = Dir { rtl: false };

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Tab {
    #[default]
    Cv,
    Letter,
    Export,
}

/// What the desk remembers between frames (not saved).
#[derive(Default)]
pub struct DeskUi {
    tab: Tab,
    carets: HashMap<String, usize>,
    consent: Consent,
    preview: bool,
    /// The last export result and whether it is an error.
    message: Option<(String, bool)>,
}

/// Everything the desk's panel needs, drawn with [`DocumentsDesk::show`].
#[derive(SystemParam)]
pub struct DocumentsDesk<'w, 's> {
    drafts: Option<ResMut<'w, DocumentDrafts>>,
    status: Option<Res<'w, DraftStatus>>,
    desk: Local<'s, DeskUi>,
    handover: HandOverUi<'w, 's>,
}

impl DocumentsDesk<'_, '_> {
    /// Draws the desk into the panel.
    pub fn show(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        let Some(stored) = self.drafts.as_mut() else {
            d.paragraph(ui, &tr.get("panel-documents-soon"));
            return;
        };
        // Edit a copy, so the drafts only count as changed (and are saved) after real edits.
        let mut drafts = stored.0.clone();
        let status = self.status.as_deref().cloned().unwrap_or_default();
        let desk = &mut *self.desk;
        if status.corrupt_kept_aside {
            note(ui, d, &tr.get("doc-storage-corrupt"), ERROR);
        }
        d.row_ui(ui, |ui| {
            for (tab, key) in [
                (Tab::Cv, "doc-tab-cv"),
                (Tab::Letter, "doc-tab-letter"),
                (Tab::Export, "doc-tab-export"),
            ] {
                d.selectable(ui, &mut desk.tab, tab, &tr.get(key));
            }
        });
        ui.separator();
        match desk.tab {
            Tab::Cv => {
                let issues = validate_cv(&drafts.cv);
                let mut form = Form {
                    d,
                    tr,
                    carets: &mut desk.carets,
                    issues: &issues,
                };
                form.cv(ui, &mut drafts.cv);
            }
            Tab::Letter => {
                let issues: Vec<Issue> = validate_letter(&drafts.letter)
                    .into_iter()
                    .map(|i| Issue {
                        field: format!("letter.{}", i.field),
                        key: i.key,
                    })
                    .collect();
                let mut form = Form {
                    d,
                    tr,
                    carets: &mut desk.carets,
                    issues: &issues,
                };
                form.letter(ui, &mut drafts);
            }
            Tab::Export => export_tab(ui, d, tr, desk, &drafts, &status, &mut self.handover),
        }
        if drafts != stored.0 {
            stored.0 = drafts;
        }
    }
}

fn note(ui: &mut egui::Ui, d: Dir, text: &str, color: Color32) {
    d.paragraph_styled(ui, text, egui::TextStyle::Body, Some(color));
}

fn small(ui: &mut egui::Ui, d: Dir, text: &str, color: Color32) {
    d.paragraph_styled(ui, text, egui::TextStyle::Small, Some(color));
}

/// The fields of one tab with their messages.
struct Form<'a> {
    d: Dir,
    tr: &'a Texts<'a>,
    carets: &'a mut HashMap<String, usize>,
    issues: &'a [Issue],
}

/// One field: its id (for messages and focus), the locale key of its label (help is the same
/// key with `-help`), the German example and its size.
struct Spec<'s> {
    id: &'s str,
    key: &'s str,
    example: &'s str,
    rows: usize,
    max: usize,
}

impl<'s> Spec<'s> {
    fn line(id: &'s str, key: &'s str, example: &'s str) -> Self {
        Self {
            id,
            key,
            example,
            rows: 1,
            max: 120,
        }
    }

    fn lines(id: &'s str, key: &'s str, example: &'s str, rows: usize) -> Self {
        Self {
            id,
            key,
            example,
            rows,
            max: 2000,
        }
    }
}

impl Form<'_> {
    fn heading(&self, ui: &mut egui::Ui, key: &str) {
        ui.add_space(10.0);
        ui.label(self.d.rich(&self.tr.get(key)).strong().size(20.0));
        small(ui, self.d, &self.tr.get(&format!("{key}-help")), HELP);
    }

    fn messages(&self, ui: &mut egui::Ui, id: &str) {
        for issue in self.issues.iter().filter(|i| i.field == id) {
            small(ui, self.d, &format!("⚠ {}", self.tr.get(issue.key)), ERROR);
        }
    }

    fn text_field(&mut self, ui: &mut egui::Ui, spec: &Spec, value: &mut String, width: f32) {
        let caret = self
            .carets
            .entry(spec.id.to_owned())
            .or_insert_with(|| value.chars().count());
        let hint = if spec.example.is_empty() {
            String::new()
        } else {
            format!("z. B. {}", spec.example)
        };
        // Screen readers hear the field's label in the person's language.
        let label = if spec.key.is_empty() {
            String::new()
        } else {
            self.tr.get(spec.key)
        };
        TextField::new(value, caret, GERMAN)
            .id(egui::Id::new(("doc-field", spec.id)))
            .label(&label)
            .hint(&hint)
            .max_chars(spec.max)
            .multiline(spec.rows)
            .width(width)
            .show(ui);
    }

    /// Label, help in the person's language, the German field and its messages.
    fn field(&mut self, ui: &mut egui::Ui, spec: Spec, value: &mut String) {
        ui.add_space(4.0);
        ui.label(self.d.rich(&self.tr.get(spec.key)).strong());
        small(
            ui,
            self.d,
            &self.tr.get(&format!("{}-help", spec.key)),
            HELP,
        );
        let width = ui.available_width().clamp(120.0, 480.0);
        self.text_field(ui, &spec, value, width);
        self.messages(ui, spec.id);
    }

    fn cv(&mut self, ui: &mut egui::Ui, cv: &mut lernwelt_documents::model::Cv) {
        let ex = |f: &str| examples::for_field(f).unwrap_or_default();
        small(ui, self.d, &self.tr.get("doc-intro"), HELP);
        self.heading(ui, "doc-cv-personal");
        let p = &mut cv.personal;
        for (id, value) in [
            ("name", &mut p.name),
            ("street", &mut p.street),
            ("city", &mut p.city),
            ("phone", &mut p.phone),
            ("email", &mut p.email),
            ("birth_date", &mut p.birth_date),
            ("nationality", &mut p.nationality),
        ] {
            let key = format!("doc-cv-{id}");
            self.field(ui, Spec::line(id, &key, ex(id)), value);
        }
        ui.add_space(4.0);
        ui.label(self.d.rich(&self.tr.get("doc-cv-photo")).strong());
        small(ui, self.d, &self.tr.get("doc-cv-photo-help"), HELP);
        for section in Section::ALL {
            self.section(ui, section, cv.section_mut(section));
        }
        self.languages(ui, &mut cv.languages);
        self.heading(ui, "doc-cv-more");
        self.field(
            ui,
            Spec::lines("skills", "doc-cv-skills", ex("skills"), 2),
            &mut cv.skills,
        );
        self.field(
            ui,
            Spec::lines("hobbies", "doc-cv-hobbies", ex("hobbies"), 2),
            &mut cv.hobbies,
        );
    }

    fn section(&mut self, ui: &mut egui::Ui, section: Section, entries: &mut Vec<Entry>) {
        let ex = |f: &str| examples::for_field(f).unwrap_or_default();
        self.heading(ui, &format!("doc-cv-{}", section.id()));
        self.messages(ui, section.id());
        let mut remove = None;
        for (i, entry) in entries.iter_mut().enumerate() {
            let id = |f: &str| format!("{}.{i}.{f}", section.id());
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.with_layout(self.d.layout(), |ui| {
                    // From and to side by side.
                    let (from_id, to_id) = (id("from"), id("to"));
                    self.d.row_ui(ui, |ui| {
                        ui.label(self.d.line(&self.tr.get("doc-entry-from")));
                        self.text_field(
                            ui,
                            &Spec::line(&from_id, "", ex("from")),
                            &mut entry.from,
                            105.0,
                        );
                        ui.label(self.d.line(&self.tr.get("doc-entry-to")));
                        self.text_field(
                            ui,
                            &Spec::line(&to_id, "", ex("to")),
                            &mut entry.to,
                            105.0,
                        );
                    });
                    small(ui, self.d, &self.tr.get("doc-entry-dates-help"), HELP);
                    self.messages(ui, &from_id);
                    self.messages(ui, &to_id);
                    let title_example = if section == Section::Gaps {
                        ex("gap_title")
                    } else {
                        ex("title")
                    };
                    let title_key = if section == Section::Gaps {
                        "doc-entry-reason"
                    } else {
                        "doc-entry-title"
                    };
                    self.field(
                        ui,
                        Spec::line(&id("title"), title_key, title_example),
                        &mut entry.title,
                    );
                    self.field(
                        ui,
                        Spec::line(&id("place"), "doc-entry-place", ex("place")),
                        &mut entry.place,
                    );
                    self.field(
                        ui,
                        Spec::lines(&id("details"), "doc-entry-details", ex("details"), 2),
                        &mut entry.details,
                    );
                    if section.has_recognition() {
                        self.field(
                            ui,
                            Spec::lines(
                                &id("recognition"),
                                "doc-entry-recognition",
                                ex("recognition"),
                                2,
                            ),
                            &mut entry.recognition,
                        );
                    }
                    if self
                        .d
                        .button(ui, &self.tr.get("doc-entry-remove"))
                        .clicked()
                    {
                        remove = Some(i);
                    }
                });
            });
        }
        if let Some(i) = remove {
            entries.remove(i);
            // Carets belong to positions; start afresh for this section.
            self.carets.retain(|k, _| !k.starts_with(section.id()));
        }
        if self
            .d
            .button(ui, &format!("+ {}", self.tr.get("doc-entry-add")))
            .clicked()
        {
            entries.push(Entry::default());
        }
    }

    fn languages(&mut self, ui: &mut egui::Ui, languages: &mut Vec<LanguageSkill>) {
        self.heading(ui, "doc-cv-languages");
        self.messages(ui, "languages");
        let mut remove = None;
        for (i, skill) in languages.iter_mut().enumerate() {
            let lang_id = format!("languages.{i}.language");
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.with_layout(self.d.layout(), |ui| {
                    self.d.row_ui(ui, |ui| {
                        ui.label(self.d.line(&self.tr.get("doc-lang-name")));
                        self.text_field(
                            ui,
                            &Spec::line(&lang_id, "", "Deutsch"),
                            &mut skill.language,
                            170.0,
                        );
                        if self
                            .d
                            .button(ui, &self.tr.get("doc-entry-remove"))
                            .clicked()
                        {
                            remove = Some(i);
                        }
                    });
                    self.messages(ui, &lang_id);
                    let native = self.tr.get("doc-level-native");
                    self.d.row_ui(ui, |ui| {
                        ui.label(self.d.line(&self.tr.get("doc-lang-level")));
                        for level in LEVELS {
                            let shown = if level == "Muttersprache" {
                                native.as_str()
                            } else {
                                level
                            };
                            self.d
                                .selectable(ui, &mut skill.level, level.to_owned(), shown);
                        }
                    });
                    self.messages(ui, &format!("languages.{i}.level"));
                });
            });
        }
        small(ui, self.d, &self.tr.get("doc-lang-level-help"), HELP);
        if let Some(i) = remove {
            languages.remove(i);
            self.carets.retain(|k, _| !k.starts_with("languages"));
        }
        if self
            .d
            .button(ui, &format!("+ {}", self.tr.get("doc-entry-add")))
            .clicked()
        {
            languages.push(LanguageSkill::default());
        }
    }

    fn letter(&mut self, ui: &mut egui::Ui, drafts: &mut lernwelt_documents::model::Drafts) {
        let ex = |f: &str| examples::for_field(f).unwrap_or_default();
        self.heading(ui, "doc-letter-sender");
        let p = &drafts.cv.personal;
        for line in [&p.name, &p.street, &p.city, &p.phone, &p.email] {
            if !line.trim().is_empty() {
                ui.label(GERMAN.line(line.trim()));
            }
        }
        self.heading(ui, "doc-letter-recipient");
        let l = &mut drafts.letter;
        for (id, ex_key, value) in [
            ("company", "company", &mut l.company),
            ("contact", "contact", &mut l.contact),
            ("street", "letter_street", &mut l.street),
            ("city", "letter_city", &mut l.city),
        ] {
            let (fid, key) = (format!("letter.{id}"), format!("doc-letter-{id}"));
            self.field(ui, Spec::line(&fid, &key, ex(ex_key)), value);
        }
        self.heading(ui, "doc-letter-text");
        for (id, ex_key, value, rows) in [
            ("place", "letter_place", &mut l.place, 1),
            ("date", "date", &mut l.date, 1),
            ("subject", "subject", &mut l.subject, 1),
            ("greeting", "greeting", &mut l.greeting, 1),
            ("opening", "opening", &mut l.opening, 3),
            ("body", "body", &mut l.body, 6),
            ("closing", "closing", &mut l.closing, 3),
            ("signature", "signature", &mut l.signature, 1),
        ] {
            let (fid, key) = (format!("letter.{id}"), format!("doc-letter-{id}"));
            let spec = if rows > 1 {
                Spec::lines(&fid, &key, ex(ex_key), rows)
            } else {
                Spec::line(&fid, &key, ex(ex_key))
            };
            self.field(ui, spec, value);
        }
        ui.add_space(4.0);
        small(
            ui,
            self.d,
            &format!(
                "{} {}",
                self.tr.get("doc-letter-closing-formula"),
                ex("closing_formula")
            ),
            HELP,
        );
    }
}

fn export_tab(
    ui: &mut egui::Ui,
    d: Dir,
    tr: &Texts,
    desk: &mut DeskUi,
    drafts: &lernwelt_documents::model::Drafts,
    status: &DraftStatus,
    handover: &mut HandOverUi,
) {
    ui.label(d.rich(&tr.get("doc-export-title")).strong().size(20.0));
    small(ui, d, &tr.get("doc-export-help"), HELP);
    let checks = [
        ("doc-tab-cv", validate_cv(&drafts.cv).len()),
        ("doc-tab-letter", validate_letter(&drafts.letter).len()),
    ];
    for (tab, count) in checks {
        let (text, color) = if count == 0 {
            (tr.get("doc-check-ok"), OK)
        } else {
            (tr.with("doc-check-issues", "count", count as i64), ERROR)
        };
        note(ui, d, &format!("{}: {text}", tr.get(tab)), color);
    }
    ui.add_space(6.0);
    let name = drafts.cv.personal.name.clone();
    let mut made: Option<Result<export::Exported, String>> = None;
    d.row_ui(ui, |ui| {
        if d.button(ui, &tr.get("doc-export-cv")).clicked() {
            let place_date = Some((drafts.letter.place.as_str(), drafts.letter.date.as_str()));
            made = Some(
                pdf::cv_pdf(&drafts.cv, place_date)
                    .map_err(|e| e.to_string())
                    .and_then(|bytes| {
                        export::save(&export::file_name("Lebenslauf", &name), &bytes)
                    }),
            );
        }
        if d.button(ui, &tr.get("doc-export-letter")).clicked() {
            made = Some(
                pdf::letter_pdf(&drafts.letter, &drafts.cv)
                    .map_err(|e| e.to_string())
                    .and_then(|bytes| {
                        export::save(&export::file_name("Anschreiben", &name), &bytes)
                    }),
            );
        }
    });
    if let Some(result) = made {
        desk.message = Some(match result {
            Ok(export::Exported::File(path)) => (tr.with("doc-export-saved", "path", path), false),
            Ok(export::Exported::Download(file)) => {
                (tr.with("doc-export-download", "path", file), false)
            }
            Err(err) => {
                warn!("PDF export failed: {err}");
                (tr.get("doc-export-failed"), true)
            }
        });
    }
    if let Some((text, error)) = &desk.message {
        // Paths are shown as they are (left to right).
        note(ui, d, text, if *error { ERROR } else { OK });
    }
    ui.add_space(6.0);
    let storage = if status.save_failed {
        ("doc-storage-failed", ERROR)
    } else if status.kept {
        ("doc-storage-local", HELP)
    } else {
        ("doc-storage-off", HELP)
    };
    small(ui, d, &tr.get(storage.0), storage.1);

    ui.add_space(8.0);
    ui.separator();
    ui.label(d.rich(&tr.get("doc-review-title")).strong().size(20.0));
    small(ui, d, &tr.get("doc-review-help"), HELP);
    let consent = &mut desk.consent;
    for (value, key) in [
        (&mut consent.include_cv, "doc-review-include-cv"),
        (&mut consent.include_letter, "doc-review-include-letter"),
        (&mut consent.given, "doc-review-consent"),
    ] {
        d.checkbox(ui, value, &tr.get(key));
    }
    let title = tr
        .locales
        .format(crate::i18n::Language::De, "doc-review-report-title", None);
    // The preview and the send use the one text, so the person sees exactly what leaves.
    let text = ReviewRequest::chosen(drafts, desk.consent, tr.language().code())
        .map(|request| request.text(&title));
    d.checkbox(ui, &mut desk.preview, &tr.get("doc-review-preview"));
    if desk.preview
        && let Some(text) = &text
    {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.with_layout(GERMAN.layout(), |ui| {
                GERMAN.paragraph_styled(ui, text, egui::TextStyle::Small, None);
            });
        });
    }
    handover.show(
        ui,
        d,
        tr,
        Subject::Documents,
        &tr.get("doc-review-send"),
        &mut desk.consent.given,
        text.is_some(),
        || text.clone(),
    );
}

/// Draws the desk while it is open.
pub struct DocumentsUiPlugin;

impl Plugin for DocumentsUiPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            EguiPrimaryContextPass,
            draw_desk
                .in_set(UiSystems::Panels)
                .run_if(in_state(InWorld)),
        );
    }
}

fn draw_desk(
    mut contexts: EguiContexts,
    tr: Tr,
    mut open: ResMut<OpenPanel>,
    mut desk: DocumentsDesk,
) -> Result {
    kiosk_panel(
        &mut contexts,
        &tr,
        &mut open,
        PanelKind::Documents,
        |ui, d, tr| desk.show(ui, d, tr),
    )
}
