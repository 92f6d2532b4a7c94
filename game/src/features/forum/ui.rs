//! The notice board's panel: the account form when there is no account yet; the topics with
//! filters by area and language; one topic's posts with reactions and "report"; a new topic
//! and an answer. Every post is shown in its own script's direction, so an Arabic post reads
//! right to left in a German interface too; counsellors' posts carry the service's badge.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use lernwelt_protocol::limits::{
    MESSAGE_MAX_CHARS, THREAD_TITLE_MAX_CHARS, THREAD_TITLE_MIN_CHARS,
};
use lernwelt_protocol::{Category, Language, PostId, PostView, Reaction, ThreadView};

use super::{Board, ForumAction, ForumDrafts, Posting, Topic};
use crate::core::state::InWorld;
use crate::features::account::Account;
use crate::features::account::ui::AccountFormUi;
use crate::i18n::{Texts, Tr};
use crate::interact::kiosk_panel::kiosk_panel;
use crate::interact::{OpenPanel, PanelKind};
use crate::theme::palette::{ACCENT, BAD, GOOD, HELP, WAIT};
use crate::theme::rtl::{Dir, TextField};
use crate::theme::{UiSystems, top_when_page_changes};

/// Which page of the board shows.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BoardPage {
    /// The topics.
    #[default]
    Topics,
    /// The topic in [`Topic`].
    Topic,
    /// A new topic.
    New,
}

/// Carets, and the post whose report waits for "yes".
#[derive(Default)]
struct BoardState {
    /// The page shown last, with whether someone was logged in.
    shown_page: Option<(bool, BoardPage)>,
    title_caret: usize,
    text_caret: usize,
    answer_caret: usize,
    confirm_report: Option<PostId>,
}

/// Everything the board's panel needs.
#[derive(SystemParam)]
pub struct BoardUi<'w, 's> {
    account: Res<'w, Account>,
    board: Res<'w, Board>,
    topic: Res<'w, Topic>,
    posting: Res<'w, Posting>,
    drafts: ResMut<'w, ForumDrafts>,
    actions: MessageWriter<'w, ForumAction>,
    form: AccountFormUi<'w, 's>,
    state: Local<'s, BoardState>,
    page: ResMut<'w, BoardPage>,
}

/// Draws the board while it is open.
pub struct ForumUiPlugin;

impl Plugin for ForumUiPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<BoardPage>().add_systems(
            EguiPrimaryContextPass,
            draw_board
                .in_set(UiSystems::Panels)
                .run_if(in_state(InWorld)),
        );
    }
}

fn draw_board(
    mut contexts: EguiContexts,
    tr: Tr,
    mut open: ResMut<OpenPanel>,
    mut board: BoardUi,
) -> Result {
    kiosk_panel(
        &mut contexts,
        &tr,
        &mut open,
        PanelKind::Forum,
        |ui, d, tr| board.show(ui, d, tr),
    )
}

fn category_key(category: Category) -> String {
    format!("fo-category-{}", category.code().replace('_', "-"))
}

fn reaction_key(reaction: Reaction) -> String {
    format!("fo-react-{}", reaction.code().replace('_', "-"))
}

fn small(ui: &mut egui::Ui, d: Dir, text: &str, color: Color32) {
    d.paragraph_styled(ui, text, egui::TextStyle::Small, Some(color));
}

impl BoardUi<'_, '_> {
    fn show(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        let shown = (self.account.logged_in(), *self.page);
        top_when_page_changes(ui, &mut self.state.shown_page, shown);
        if !self.account.logged_in() {
            d.paragraph(ui, &tr.get("fo-about"));
            small(ui, d, &tr.get("fo-public"), HELP);
            ui.add_space(6.0);
            self.form.show(ui, d, tr, None, false);
            return;
        }
        // A topic opened (or just started) shows; one that is gone (another account) goes back.
        match (*self.page, self.topic.thread.is_some()) {
            (BoardPage::Topics, true) => *self.page = BoardPage::Topic,
            (BoardPage::New, true) if self.posting.done => *self.page = BoardPage::Topic,
            (BoardPage::Topic, false) => *self.page = BoardPage::Topics,
            _ => {}
        }
        match *self.page {
            BoardPage::Topics => self.topics(ui, d, tr),
            BoardPage::Topic => self.open_topic(ui, d, tr),
            BoardPage::New => self.new_topic(ui, d, tr),
        }
    }

    fn topics(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        d.paragraph(ui, &tr.get("fo-about"));
        small(ui, d, &tr.get("fo-public"), HELP);
        ui.add_space(4.0);
        d.row_ui(ui, |ui| {
            if ui.button(d.rich(&tr.get("fo-new")).strong()).clicked() {
                *self.page = BoardPage::New;
            }
            if d.button(ui, &tr.get("fo-refresh")).clicked() {
                self.actions.write(ForumAction::Refresh);
            }
        });
        // Filters: area and language.
        let (mut category, mut language) = (self.board.category, self.board.language);
        ui.label(d.rich(&tr.get("fo-category")).strong());
        d.row_ui(ui, |ui| {
            d.selectable(ui, &mut category, None, &tr.get("fo-all"));
            for c in Category::ALL {
                d.selectable(ui, &mut category, Some(c), &tr.get(&category_key(c)));
            }
        });
        ui.label(d.rich(&tr.get("fo-language")).strong());
        d.row_ui(ui, |ui| {
            d.selectable(ui, &mut language, None, &tr.get("fo-all"));
            for l in Language::ALL {
                let name = Dir::of(l).line(l.native_name());
                if ui.selectable_label(language == Some(l), name).clicked() {
                    language = Some(l);
                }
            }
        });
        if (category, language) != (self.board.category, self.board.language) {
            self.actions
                .write(ForumAction::Filter { category, language });
        }
        ui.separator();
        let topics = &self.board.topics;
        if let Some(err) = &topics.error {
            d.paragraph_styled(ui, &tr.get(&err.key()), egui::TextStyle::Body, Some(BAD));
        }
        if !topics.loaded {
            if topics.error.is_none() {
                small(ui, d, &tr.get("fo-loading"), HELP);
                ui.spinner();
            }
            return;
        }
        if topics.items.is_empty() {
            d.paragraph(ui, &tr.get("fo-none"));
        }
        let mut chosen = None;
        for thread in &topics.items {
            if topic_row(ui, d, tr, thread) {
                chosen = Some(thread.clone());
            }
            ui.add_space(2.0);
        }
        if let Some(thread) = chosen {
            self.actions.write(ForumAction::Open(thread));
            *self.page = BoardPage::Topic;
        }
        if topics.more {
            if topics.busy() {
                ui.spinner();
            } else if d.button(ui, &tr.get("fo-more")).clicked() {
                self.actions.write(ForumAction::More);
            }
        }
    }

    fn open_topic(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        if d.button(ui, &tr.get("fo-back")).clicked() {
            self.actions.write(ForumAction::Back);
            *self.page = BoardPage::Topics;
            return;
        }
        let Some(thread) = self.topic.thread.clone() else {
            return;
        };
        Dir::of_text(thread.title.as_str()).heading(ui, thread.title.as_str());
        small(ui, d, &meta_line(tr, &thread), HELP);
        if thread.hidden {
            small(ui, d, &tr.get("fo-hidden-topic"), WAIT);
        }
        let posts = &self.topic.posts;
        if let Some(err) = &posts.error {
            d.paragraph_styled(ui, &tr.get(&err.key()), egui::TextStyle::Body, Some(BAD));
        }
        ui.add_space(4.0);
        let mut react = None;
        let mut report = None;
        for post in &posts.items {
            let reported = self.topic.reported.contains(&post.id);
            let asking = self.state.confirm_report == Some(post.id);
            match post_card(ui, d, tr, post, reported, asking) {
                PostChoice::None => {}
                PostChoice::React(reaction) => react = Some((post.id, reaction)),
                PostChoice::Report => self.state.confirm_report = Some(post.id),
                PostChoice::ReportYes => report = Some(post.id),
                PostChoice::ReportNo => self.state.confirm_report = None,
            }
        }
        if let Some((post, reaction)) = react {
            self.actions.write(ForumAction::React(post, reaction));
        }
        if let Some(post) = report {
            self.actions.write(ForumAction::Report(post));
            self.state.confirm_report = None;
        }
        if !posts.loaded && posts.error.is_none() {
            ui.spinner();
        }
        if posts.more {
            if posts.busy() {
                ui.spinner();
            } else if d.button(ui, &tr.get("fo-more")).clicked() {
                self.actions.write(ForumAction::More);
            }
        }
        ui.add_space(6.0);
        if thread.locked {
            d.paragraph_styled(
                ui,
                &tr.get("fo-locked-note"),
                egui::TextStyle::Body,
                Some(HELP),
            );
            return;
        }
        // The answer, kept in the drafts while it is written.
        let id = thread.id.0;
        let before = self.drafts.answer(id).to_owned();
        let mut answer = before.clone();
        let label = tr.get("fo-answer");
        let hint = tr.get("fo-answer-hint");
        let field_dir = if answer.is_empty() {
            d
        } else {
            Dir::of_text(&answer)
        };
        TextField::new(&mut answer, &mut self.state.answer_caret, field_dir)
            .id(egui::Id::new("forum-answer"))
            .label(&label)
            .hint(&hint)
            .multiline(3)
            .max_chars(MESSAGE_MAX_CHARS)
            .width(ui.available_width())
            .show(ui);
        if answer != before {
            self.drafts.set_answer(id, answer.clone());
        }
        self.posting_state(ui, d, tr);
        let ready = !answer.trim().is_empty() && !self.posting.busy();
        if ui
            .add_enabled(
                ready,
                egui::Button::new(d.rich(&tr.get("fo-send")).strong())
                    .min_size(egui::vec2(140.0, 44.0)),
            )
            .clicked()
        {
            self.actions.write(ForumAction::PostAnswer);
            self.state.answer_caret = 0;
        }
    }

    fn new_topic(&mut self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        if d.button(ui, &tr.get("fo-back")).clicked() {
            *self.page = BoardPage::Topics;
            return;
        }
        d.heading(ui, &tr.get("fo-new"));
        small(ui, d, &tr.get("fo-public"), HELP);
        // The drafts change only when the person changes something (each change is saved).
        let mut drafts = self.drafts.bypass_change_detection().clone();
        ui.label(d.rich(&tr.get("fo-category")).strong());
        d.row_ui(ui, |ui| {
            for c in Category::ALL {
                d.selectable(ui, &mut drafts.category, Some(c), &tr.get(&category_key(c)));
            }
        });
        ui.label(d.rich(&tr.get("fo-language")).strong());
        let language = *drafts.language.get_or_insert(tr.language);
        d.row_ui(ui, |ui| {
            for l in Language::ALL {
                let name = Dir::of(l).line(l.native_name());
                if ui.selectable_label(language == l, name).clicked() {
                    drafts.language = Some(l);
                }
            }
        });
        ui.label(d.rich(&tr.get("fo-title")).strong());
        let label = tr.get("fo-title");
        let hint = tr.get("fo-title-hint");
        let title_dir = if drafts.title.is_empty() {
            d
        } else {
            Dir::of_text(&drafts.title)
        };
        TextField::new(&mut drafts.title, &mut self.state.title_caret, title_dir)
            .id(egui::Id::new("forum-title"))
            .label(&label)
            .hint(&hint)
            .max_chars(THREAD_TITLE_MAX_CHARS)
            .width(ui.available_width())
            .show(ui);
        ui.label(d.rich(&tr.get("fo-text")).strong());
        let label = tr.get("fo-text");
        let hint = tr.get("fo-text-hint");
        let text_dir = if drafts.text.is_empty() {
            d
        } else {
            Dir::of_text(&drafts.text)
        };
        TextField::new(&mut drafts.text, &mut self.state.text_caret, text_dir)
            .id(egui::Id::new("forum-text"))
            .label(&label)
            .hint(&hint)
            .multiline(6)
            .max_chars(MESSAGE_MAX_CHARS)
            .width(ui.available_width())
            .show(ui);
        let ready = drafts.category.is_some()
            && drafts.title.trim().chars().count() >= THREAD_TITLE_MIN_CHARS
            && !drafts.text.trim().is_empty();
        if !ready {
            small(ui, d, &tr.get("fo-new-missing"), HELP);
        }
        self.posting_state(ui, d, tr);
        if ui
            .add_enabled(
                ready && !self.posting.busy(),
                egui::Button::new(d.rich(&tr.get("fo-send")).strong())
                    .min_size(egui::vec2(180.0, 44.0)),
            )
            .clicked()
        {
            self.actions.write(ForumAction::PostTopic);
            self.state.title_caret = 0;
            self.state.text_caret = 0;
        }
        if drafts != *self.drafts {
            *self.drafts = drafts;
        }
    }

    /// "Posting …", or why the last post did not go (its text is still in the field).
    fn posting_state(&self, ui: &mut egui::Ui, d: Dir, tr: &Texts) {
        if self.posting.busy() {
            small(ui, d, &tr.get("fo-sending"), WAIT);
        } else if let Some(err) = &self.posting.error {
            d.paragraph_styled(ui, &tr.get(&err.key()), egui::TextStyle::Body, Some(BAD));
        }
    }
}

/// "Work · Deutsch · 3 posts · pinned · closed".
fn meta_line(tr: &Texts, thread: &ThreadView) -> String {
    let mut parts = vec![
        tr.get(&category_key(thread.category)),
        thread.language.native_name().to_owned(),
        tr.with("fo-answers", "count", i64::from(thread.posts)),
    ];
    if thread.pinned {
        parts.push(tr.get("fo-pinned"));
    }
    if thread.locked {
        parts.push(tr.get("fo-locked"));
    }
    parts.join(" · ")
}

/// Who wrote something: the nickname, "deleted account", and the service's badge.
fn author_line(tr: &Texts, author: Option<&str>, by_staff: bool) -> String {
    let name = author.map_or_else(|| tr.get("fo-deleted-user"), str::to_owned);
    if by_staff {
        format!("{name} · {}", tr.get("fo-staff"))
    } else {
        name
    }
}

/// One topic in the list; true when it was chosen.
fn topic_row(ui: &mut egui::Ui, d: Dir, tr: &Texts, thread: &ThreadView) -> bool {
    let clicked = Dir::of_text(thread.title.as_str())
        .wrapped_button(ui, thread.title.as_str())
        .clicked();
    small(ui, d, &meta_line(tr, thread), HELP);
    let started = tr.with(
        "fo-started-by",
        "name",
        author_line(
            tr,
            thread.author.as_ref().map(|n| n.as_str()),
            thread.by_staff,
        ),
    );
    small(ui, d, &started, if thread.by_staff { ACCENT } else { HELP });
    clicked
}

/// What the person did with a post.
enum PostChoice {
    None,
    React(Reaction),
    Report,
    ReportYes,
    ReportNo,
}

/// A post: who wrote it (counsellors marked), its text in its own direction or "hidden",
/// reactions with counts (the person's own highlighted), and "report".
fn post_card(
    ui: &mut egui::Ui,
    d: Dir,
    tr: &Texts,
    post: &PostView,
    reported: bool,
    asking: bool,
) -> PostChoice {
    let mut choice = PostChoice::None;
    let fill = if post.by_staff {
        Color32::from_rgb(0xee, 0xf7, 0xf5)
    } else {
        Color32::from_rgb(0xf1, 0xf1, 0xf5)
    };
    egui::Frame::new()
        .fill(fill)
        .corner_radius(egui::CornerRadius::same(8))
        .inner_margin(egui::Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.with_layout(d.layout(), |ui| {
                let Some(text) = &post.text else {
                    small(ui, d, &tr.get("fo-hidden"), WAIT);
                    return;
                };
                let author =
                    author_line(tr, post.author.as_ref().map(|n| n.as_str()), post.by_staff);
                let color = if post.by_staff { ACCENT } else { HELP };
                d.paragraph_styled(ui, &author, egui::TextStyle::Small, Some(color));
                Dir::of_text(text.as_str()).paragraph(ui, text.as_str());
                d.row_ui(ui, |ui| {
                    for reaction in Reaction::ALL {
                        let count = match reaction {
                            Reaction::Thanks => post.reactions.thanks,
                            Reaction::Helpful => post.reactions.helpful,
                            Reaction::SameQuestion => post.reactions.same_question,
                        };
                        let label = format!("{} {count}", tr.get(&reaction_key(reaction)));
                        let mine = post.mine.contains(&reaction);
                        if ui
                            .add(egui::Button::selectable(mine, d.line(&label)))
                            .clicked()
                        {
                            choice = PostChoice::React(reaction);
                        }
                    }
                });
                if reported {
                    small(ui, d, &tr.get("fo-reported"), GOOD);
                } else if asking {
                    d.paragraph_styled(
                        ui,
                        &tr.get("fo-report-confirm"),
                        egui::TextStyle::Body,
                        Some(BAD),
                    );
                    d.row_ui(ui, |ui| {
                        let yes = egui::Button::new(
                            d.rich(&tr.get("fo-report-yes"))
                                .color(Color32::WHITE)
                                .strong(),
                        )
                        .fill(BAD);
                        if ui.add(yes).clicked() {
                            choice = PostChoice::ReportYes;
                        }
                        if d.button(ui, &tr.get("ui-cancel")).clicked() {
                            choice = PostChoice::ReportNo;
                        }
                    });
                } else if d.button(ui, &tr.get("fo-report")).clicked() {
                    choice = PostChoice::Report;
                }
            });
        });
    ui.add_space(4.0);
    choice
}
