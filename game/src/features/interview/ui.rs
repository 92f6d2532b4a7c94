//! The interview desk and the lessons on screen: setup, the conversation (German line,
//! one-tap translation, simple German, numbered answers, feedback, timer), and the review with
//! its skill chart, tips and transcript. A wide panel at the bottom keeps the interviewer in
//! view above it.

use bevy::prelude::*;
use bevy_egui::egui::{self, Stroke};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::scripts::Scripts;
use crate::core::settings::Settings;
use crate::core::state::InWorld;
use crate::features::counselling::outbox::Subject;
use crate::features::handover::ui::HandOverUi;
use crate::features::interview::{
    Interview, Lesson, MILESTONE, Progress, React, Setup, Stage, Talk, begin, report,
};
use crate::i18n::{Language, Locales, Texts};
use crate::interact::{OpenPanel, Panel, PanelKind};
use crate::theme::rtl::Dir;
use crate::theme::{UiSystems, dir};
use lernwelt_dialogue::{Level, Personality, Review, Skill};

/// Drawing of the interview desk and lessons.
pub struct InterviewUiPlugin;

impl Plugin for InterviewUiPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            EguiPrimaryContextPass,
            draw.in_set(UiSystems::Panels).run_if(in_state(InWorld)),
        );
    }
}

/// The panels drawn here: the interview kiosk and the lessons.
fn draws(panel: &Panel) -> bool {
    matches!(
        panel,
        Panel::Kiosk(PanelKind::Interview) | Panel::Lesson { .. }
    )
}

use crate::theme::palette::{BAD as WEAK, GOOD, INFO, WAIT as FAIR};

fn draw(
    mut contexts: EguiContexts,
    locales: Res<Locales>,
    settings: Res<Settings>,
    scripts: Res<Scripts>,
    mut open: ResMut<OpenPanel>,
    mut interview: ResMut<Interview>,
    mut lesson: ResMut<Lesson>,
    progress: Res<Progress>,
    mut react: MessageWriter<React>,
    mut handover: HandOverUi,
) -> Result {
    let Some(panel) = open.0.clone().filter(draws) else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let d = dir(&settings);
    let tr = Texts {
        locales: &locales,
        language: settings.language,
    };
    let de = Texts {
        locales: &locales,
        language: Language::De,
    };
    let screen = ctx.content_rect();
    let width = (screen.width() - 16.0).min(820.0);
    let mut close = false;
    egui::Window::new("dialogue")
        .id(egui::Id::new("dialogue"))
        .title_bar(false)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -8.0))
        .min_width(width)
        .max_width(width)
        .show(ctx, |ui| {
            ui.set_width(width);
            egui::ScrollArea::vertical()
                .max_height(screen.height() * 0.55)
                .show(ui, |ui| {
                    // Keep text clear of the scroll bar, which sits on the right (where
                    // right-to-left text starts).
                    ui.set_max_width(width - 4.0);
                    let margin = egui::Margin {
                        left: 4,
                        right: 16,
                        top: 0,
                        bottom: 4,
                    };
                    egui::Frame::new().inner_margin(margin).show(ui, |ui| {
                        ui.with_layout(d.layout(), |ui| match &panel {
                            Panel::Lesson { name, .. } => {
                                close = lesson_view(ui, d, &tr, &de, name, &mut lesson, &mut react);
                            }
                            _ => {
                                close = interview_view(
                                    ui,
                                    d,
                                    &tr,
                                    &de,
                                    &scripts,
                                    &mut interview,
                                    &progress,
                                    &mut react,
                                    &mut handover,
                                );
                            }
                        });
                    });
                });
        });
    if close {
        open.0 = None;
    }
    Ok(())
}

/// The panels' title row with its close button.
fn title_row(ui: &mut egui::Ui, d: Dir, tr: &Texts, title: &str) -> bool {
    crate::theme::title_row(ui, d, title, &tr.get("ui-close"))
}

fn interview_view(
    ui: &mut egui::Ui,
    d: Dir,
    tr: &Texts,
    de: &Texts,
    scripts: &Scripts,
    interview: &mut Interview,
    progress: &Progress,
    react: &mut MessageWriter<React>,
    handover: &mut HandOverUi,
) -> bool {
    let close = title_row(ui, d, tr, &tr.get("panel-interview-title"));
    let mut next: Option<Stage> = None;
    let mut start: Option<Setup> = None;
    match &mut interview.0 {
        Stage::Setup(setup) => {
            if setup_view(ui, d, tr, scripts, setup, progress) {
                start = Some(setup.clone());
            }
        }
        Stage::Talking { talk, .. } => {
            let title = talk.conversation.script().title_key();
            d.paragraph_styled(
                ui,
                &format!(
                    "{} · {}",
                    tr.get(&title),
                    tr.with(
                        "interview-question",
                        "number",
                        (talk.conversation.questions_answered() + 1) as i64
                    )
                ),
                egui::TextStyle::Small,
                Some(ui.visuals().weak_text_color()),
            );
            talk_view(ui, d, tr, de, talk, true, react);
        }
        Stage::Review {
            setup,
            review,
            milestone,
            consent,
        } => {
            if review_view(ui, d, tr, de, review, *milestone, consent, handover) {
                next = Some(Stage::Setup(setup.clone()));
            }
        }
    }
    if let Some(stage) = next {
        interview.0 = stage;
    }
    if let Some(setup) = start
        && let Err(err) = begin(interview, scripts, setup)
    {
        warn!("interview: {err}");
    }
    close
}

/// The choices before an interview; returns whether "start" was pressed.
fn setup_view(
    ui: &mut egui::Ui,
    d: Dir,
    tr: &Texts,
    scripts: &Scripts,
    setup: &mut Setup,
    progress: &Progress,
) -> bool {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", progress.interviews.min(MILESTONE) as i64);
    args.set("goal", MILESTONE as i64);
    d.paragraph(
        ui,
        &tr.locales
            .format(tr.language, "interview-progress", Some(&args)),
    );
    progress_bar(ui, progress.interviews as f32 / MILESTONE as f32);
    if progress.milestone_reached() {
        d.paragraph_styled(
            ui,
            &format!("★ {}", tr.get("interview-milestone-badge")),
            egui::TextStyle::Body,
            Some(GOOD),
        );
    }
    ui.add_space(6.0);
    d.heading(ui, &tr.get("interview-choose-job"));
    let jobs: Vec<_> = scripts.interviews().collect();
    ui.horizontal_wrapped(|ui| {
        let ordered: Vec<_> = if d.rtl {
            jobs.iter().rev().collect()
        } else {
            jobs.iter().collect()
        };
        for job in ordered {
            let mut label = tr.get(&job.title_key());
            if let Some(best) = progress.best.get(job.id) {
                label = format!("{label} ({best} %)");
            }
            d.selectable(ui, &mut setup.script, job.id.to_owned(), &label);
        }
    });
    if let Some(job) = scripts.get(&setup.script) {
        d.paragraph_styled(
            ui,
            &tr.get(&job.brief_key()),
            egui::TextStyle::Body,
            Some(ui.visuals().weak_text_color()),
        );
    }
    ui.add_space(6.0);
    d.heading(ui, &tr.get("interview-choose-interviewer"));
    d.row_ui(ui, |ui| {
        for p in Personality::ALL {
            d.selectable(
                ui,
                &mut setup.personality,
                p,
                &tr.get(&format!("interview-personality-{}", p.id())),
            );
        }
    });
    d.paragraph_styled(
        ui,
        &tr.get(&format!(
            "interview-personality-{}-about",
            setup.personality.id()
        )),
        egui::TextStyle::Small,
        None,
    );
    ui.add_space(6.0);
    d.heading(ui, &tr.get("interview-choose-level"));
    d.row_ui(ui, |ui| {
        for l in Level::ALL {
            d.selectable(
                ui,
                &mut setup.level,
                l,
                &tr.get(&format!("interview-level-{}", l.id())),
            );
        }
    });
    d.paragraph_styled(
        ui,
        &tr.get(&format!("interview-level-{}-about", setup.level.id())),
        egui::TextStyle::Small,
        None,
    );
    if setup.timer_offered() {
        let label = tr.with(
            "interview-timer",
            "seconds",
            crate::features::interview::ANSWER_SECONDS as i64,
        );
        d.checkbox(ui, &mut setup.timer, &label);
    }
    ui.add_space(8.0);
    let start = ui.add_enabled(
        scripts.get(&setup.script).is_some(),
        egui::Button::new(d.rich(&tr.get("interview-start")).strong())
            .min_size(egui::vec2(200.0, 34.0)),
    );
    start.clicked()
}

fn progress_bar(ui: &mut egui::Ui, fraction: f32) {
    ui.add(
        egui::ProgressBar::new(fraction.clamp(0.0, 1.0))
            .desired_height(8.0)
            .fill(GOOD),
    );
}

/// The conversation: the NPC's line, translation, answers or feedback. `practice_german`:
/// the conversation is in German with a translation at hand (interviews); otherwise it is in
/// the person's language with the German original at hand (lessons).
fn talk_view(
    ui: &mut egui::Ui,
    d: Dir,
    tr: &Texts,
    de: &Texts,
    talk: &mut Talk,
    practice_german: bool,
    react: &mut MessageWriter<React>,
) {
    let ltr = Dir { rtl: false };
    let (main, main_dir, other, other_dir) = if practice_german {
        (de, ltr, tr, d)
    } else {
        (tr, d, de, ltr)
    };
    let same_language = tr.language == Language::De;
    let Some(line_key) = talk.conversation.line_key() else {
        return;
    };
    let easy = talk.conversation.level() == Level::Easy && practice_german;
    let show_other = (talk.translate || easy) && !same_language;
    // The NPC's line.
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.with_layout(main_dir.layout(), |ui| {
                main_dir.paragraph_styled(ui, &main.get(&line_key), egui::TextStyle::Heading, None);
                if show_other {
                    ui.with_layout(other_dir.layout(), |ui| {
                        other_dir.paragraph_styled(
                            ui,
                            &other.get(&line_key),
                            egui::TextStyle::Body,
                            Some(ui.visuals().weak_text_color()),
                        );
                    });
                }
                if talk.simple
                    && let Some(simple) = talk.conversation.simple_key()
                {
                    ltr.paragraph_styled(
                        ui,
                        &format!("≈ {}", de.get(&simple)),
                        egui::TextStyle::Body,
                        Some(INFO),
                    );
                }
            });
        });
    // The helpers: translate, simple German.
    d.row_ui(ui, |ui| {
        if !same_language && !easy {
            let key = match (talk.translate, practice_german) {
                (false, true) => "interview-translate",
                (true, _) => "interview-hide-translation",
                (false, false) => "interview-show-german",
            };
            if d.button(ui, &tr.get(key)).clicked() {
                talk.translate = !talk.translate;
            }
        }
        if practice_german
            && talk.conversation.simple_key().is_some()
            && d.button(ui, &tr.get("interview-simple")).clicked()
        {
            talk.simple = !talk.simple;
        }
        if let Some(left) = talk.time_left
            && talk.feedback.is_none()
        {
            ui.label(d.line(&tr.with("interview-time-left", "seconds", left.ceil() as i64)));
        }
    });
    if let Some(left) = talk.time_left
        && talk.feedback.is_none()
        && talk
            .conversation
            .node()
            .is_some_and(|n| !n.answers.is_empty())
    {
        progress_bar(ui, left / crate::features::interview::ANSWER_SECONDS);
    }
    ui.add_space(4.0);
    let mut act: Option<Option<usize>> = None;
    if let Some(choice) = talk.feedback.clone() {
        // Feedback on the answer just given.
        let (color, verdict) = if choice.best {
            (GOOD, "interview-feedback-best")
        } else if choice.total > 0 {
            (FAIR, "interview-feedback-good")
        } else {
            (WEAK, "interview-feedback-weak")
        };
        let answered = talk
            .conversation
            .transcript()
            .last()
            .and_then(|t| t.answer)
            .map(|n| {
                let node = talk
                    .conversation
                    .transcript()
                    .last()
                    .map(|t| t.node.clone())
                    .unwrap_or_default();
                talk.conversation.script().answer_key(&node, n)
            });
        if let Some(key) = answered {
            main_dir.paragraph_styled(
                ui,
                &format!("→ {}", main.get(&key)),
                egui::TextStyle::Body,
                None,
            );
        }
        egui::Frame::group(ui.style())
            .stroke(Stroke::new(2.0, color))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.with_layout(d.layout(), |ui| {
                    d.paragraph_styled(ui, &tr.get(verdict), egui::TextStyle::Heading, Some(color));
                    d.paragraph(ui, &tr.get(&choice.why_key));
                });
            });
        if d.button(ui, &tr.get("interview-continue")).clicked() {
            act = Some(None);
        }
    } else {
        let answers = talk.conversation.answer_keys();
        if answers.is_empty() {
            if d.button(ui, &tr.get("interview-continue")).clicked() {
                act = Some(None);
            }
        } else {
            for (i, key) in answers.iter().enumerate() {
                let translation = show_other.then(|| (other_dir, other.get(key)));
                if answer_card(ui, main_dir, i + 1, &main.get(key), translation).clicked() {
                    act = Some(Some(i + 1));
                }
            }
            d.paragraph_styled(
                ui,
                &tr.get("interview-keys-hint"),
                egui::TextStyle::Small,
                Some(ui.visuals().weak_text_color()),
            );
        }
    }
    if let Some(n) = act {
        match talk.act(n) {
            Ok(Some(choice)) => {
                react.write(React(choice.reaction));
            }
            Ok(None) => {}
            Err(err) => warn!("dialogue: {err}"),
        }
    }
}

/// One answer: its number and text, with the translation under it; the whole card clicks.
fn answer_card(
    ui: &mut egui::Ui,
    d: Dir,
    number: usize,
    text: &str,
    translation: Option<(Dir, String)>,
) -> egui::Response {
    let frame = egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.with_layout(d.layout(), |ui| {
                d.paragraph(ui, &format!("{number}. {text}"));
                if let Some((dir, translation)) = translation {
                    ui.with_layout(dir.layout(), |ui| {
                        dir.paragraph_styled(
                            ui,
                            &translation,
                            egui::TextStyle::Small,
                            Some(ui.visuals().weak_text_color()),
                        );
                    });
                }
            });
        });
    let response = ui.interact(
        frame.response.rect,
        ui.id().with(("answer", number)),
        egui::Sense::click(),
    );
    if response.hovered() {
        ui.painter().rect_stroke(
            frame.response.rect,
            4.0,
            Stroke::new(2.0, ui.visuals().selection.stroke.color),
            egui::StrokeKind::Inside,
        );
    }
    response
}

fn review_view(
    ui: &mut egui::Ui,
    d: Dir,
    tr: &Texts,
    de: &Texts,
    review: &Review,
    milestone: bool,
    consent: &mut bool,
    handover: &mut HandOverUi,
) -> bool {
    let mut again = false;
    d.heading(ui, &tr.get("interview-review-title"));
    if milestone {
        egui::Frame::group(ui.style())
            .stroke(Stroke::new(2.0, GOOD))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.with_layout(d.layout(), |ui| {
                    d.paragraph_styled(
                        ui,
                        &format!("★ {}", tr.get("interview-milestone")),
                        egui::TextStyle::Heading,
                        Some(GOOD),
                    );
                });
            });
    }
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("percent", review.overall() as i64);
    args.set("best", review.best_answers as i64);
    args.set("count", review.questions as i64);
    d.paragraph(
        ui,
        &tr.locales
            .format(tr.language, "interview-overall", Some(&args)),
    );
    d.row_ui(ui, |_| {});
    // Chart and the skill list side by side (stacked on narrow screens).
    let wide = ui.available_width() > 560.0;
    let chart = |ui: &mut egui::Ui| skill_chart(ui, d, tr, review);
    let list = |ui: &mut egui::Ui| {
        ui.with_layout(d.layout(), |ui| {
            for s in &review.skills {
                let value = match s.percent {
                    Some(p) => format!("{p} %"),
                    None => tr.get("interview-skill-not-asked"),
                };
                d.paragraph(
                    ui,
                    &format!(
                        "{}: {value}",
                        tr.get(&format!("interview-skill-{}", s.skill.id()))
                    ),
                );
            }
        });
    };
    if wide {
        ui.with_layout(d.row().with_cross_align(egui::Align::Min), |ui| {
            chart(ui);
            ui.vertical(list);
        });
    } else {
        chart(ui);
        list(ui);
    }
    ui.add_space(6.0);
    d.heading(ui, &tr.get("interview-tips-title"));
    for (i, skill) in review.tips.iter().enumerate() {
        d.paragraph(
            ui,
            &format!(
                "{}. {} — {}",
                i + 1,
                tr.get(&format!("interview-skill-{}", skill.id())),
                tr.get(&format!("interview-tip-{}", skill.id()))
            ),
        );
    }
    if review.tips.is_empty() {
        d.paragraph(ui, &tr.get("interview-tips-none"));
    }
    ui.add_space(6.0);
    egui::CollapsingHeader::new(d.line(&tr.get("interview-transcript")))
        .id_salt("transcript")
        .show(ui, |ui| transcript(ui, d, tr, de, review));
    ui.add_space(6.0);
    d.paragraph_styled(
        ui,
        &tr.get("interview-handover-about"),
        egui::TextStyle::Small,
        None,
    );
    d.checkbox(ui, consent, &tr.get("interview-consent"));
    handover.show(
        ui,
        d,
        tr,
        Subject::Interview,
        &tr.get("interview-send"),
        consent,
        true,
        || Some(report(review, tr.locales)),
    );
    ui.add_space(6.0);
    if d.button(ui, &tr.get("interview-again")).clicked() {
        again = true;
    }
    again
}

/// The transcript: each question and the answer given in German, each with its translation
/// under it in the person's language (none when that is German).
fn transcript(ui: &mut egui::Ui, d: Dir, tr: &Texts, de: &Texts, review: &Review) {
    let ltr = Dir { rtl: false };
    let translate = tr.language != Language::De;
    let translation = |ui: &mut egui::Ui, key: &str| {
        if translate {
            d.paragraph_styled(
                ui,
                &tr.get(key),
                egui::TextStyle::Small,
                Some(ui.visuals().weak_text_color()),
            );
        }
    };
    for turn in &review.transcript {
        ltr.paragraph_styled(ui, &de.get(&turn.line_key), egui::TextStyle::Body, None);
        translation(ui, &turn.line_key);
        if let Some(key) = review.answer_key(turn) {
            let total: i32 = turn.scores.values().sum();
            let color = if total > 0 { GOOD } else { WEAK };
            ltr.paragraph_styled(
                ui,
                &format!("→ {} ({total:+})", de.get(&key)),
                egui::TextStyle::Body,
                Some(color),
            );
            translation(ui, &key);
            if turn.timed_out {
                d.paragraph_styled(
                    ui,
                    &tr.get("interview-timed-out"),
                    egui::TextStyle::Small,
                    Some(WEAK),
                );
            }
        }
        ui.add_space(2.0);
    }
}

/// A six-sided skill chart: rings at 25 % steps, one spoke per skill, the result as a filled
/// shape; skills no question asked about stay at the centre.
fn skill_chart(ui: &mut egui::Ui, d: Dir, tr: &Texts, review: &Review) {
    let size = 240.0;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size + 120.0, size), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let center = rect.center();
    let radius = size * 0.36;
    let n = Skill::ALL.len();
    let point = |i: usize, r: f32| {
        let angle = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::TAU / n as f32;
        // Clockwise in left-to-right languages, anticlockwise in right-to-left ones.
        let x = if d.rtl { -angle.cos() } else { angle.cos() };
        center + egui::vec2(x, angle.sin()) * r
    };
    let grid = ui.visuals().weak_text_color().gamma_multiply(0.5);
    for ring in 1..=4 {
        let r = radius * ring as f32 / 4.0;
        let ring_points: Vec<egui::Pos2> = (0..n).map(|i| point(i, r)).collect();
        painter.add(egui::Shape::closed_line(
            ring_points,
            Stroke::new(1.0, grid),
        ));
    }
    let values: Vec<egui::Pos2> = review
        .skills
        .iter()
        .enumerate()
        .map(|(i, s)| point(i, radius * f32::from(s.percent.unwrap_or(0)) / 100.0))
        .collect();
    let fill = GOOD.gamma_multiply(0.35);
    for i in 0..n {
        painter.add(egui::Shape::convex_polygon(
            vec![center, values[i], values[(i + 1) % n]],
            fill,
            Stroke::NONE,
        ));
    }
    painter.add(egui::Shape::closed_line(
        values.clone(),
        Stroke::new(2.0, GOOD),
    ));
    let text_color = ui.visuals().text_color();
    for (i, s) in review.skills.iter().enumerate() {
        painter.line_segment([center, point(i, radius)], Stroke::new(1.0, grid));
        painter.circle_filled(values[i], 3.0, GOOD);
        let label = d.line(&tr.get(&format!("interview-skill-{}", s.skill.id())));
        let at = point(i, radius + 14.0);
        let align = if (at.x - center.x).abs() < 4.0 {
            egui::Align2::CENTER_CENTER
        } else if at.x > center.x {
            egui::Align2::LEFT_CENTER
        } else {
            egui::Align2::RIGHT_CENTER
        };
        painter.text(
            at,
            align,
            label,
            egui::FontId::proportional(12.0),
            text_color,
        );
    }
}

/// A lesson: the NPC teaches in the person's language, then quizzes; returns whether to close.
fn lesson_view(
    ui: &mut egui::Ui,
    d: Dir,
    tr: &Texts,
    de: &Texts,
    npc_name: &str,
    lesson: &mut Lesson,
    react: &mut MessageWriter<React>,
) -> bool {
    let Some((id, talk)) = lesson.0.as_mut() else {
        return title_row(ui, d, tr, &tr.get(npc_name));
    };
    let script = talk.conversation.script().clone();
    let close = title_row(
        ui,
        d,
        tr,
        &format!("{} — {}", tr.get(npc_name), tr.get(&script.title_key())),
    );
    if talk.conversation.is_over() && talk.feedback.is_none() {
        let review = talk.conversation.review();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("right", review.best_answers as i64);
        args.set("count", review.questions as i64);
        d.paragraph_styled(
            ui,
            &tr.locales.format(tr.language, "lesson-done", Some(&args)),
            egui::TextStyle::Heading,
            Some(GOOD),
        );
        let _ = id;
        return close || d.button(ui, &tr.get("lesson-close")).clicked();
    }
    talk_view(ui, d, tr, de, talk, false, react);
    close
}
