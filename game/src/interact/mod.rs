//! Interaction with things in the world: what is near, which one has the focus, and what
//! happens on E / Enter / click / tap (talk to an NPC, open a kiosk's panel, use a door).

pub mod keyboard;
pub mod kiosk_panel;

use bevy::prelude::*;
use lernwelt_layout::KioskKind;

use crate::core::LocalPlayer;
use crate::core::state::{AppState, InWorld, Place};

/// The panels that kiosks, desks and NPCs open; their contents belong to their own features.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PanelKind {
    Counselling,
    Forum,
    Interview,
    Documents,
    /// The counsellors' desk behind the staff door.
    Desk,
}

impl PanelKind {
    /// All kinds.
    pub const ALL: [PanelKind; 5] = [
        PanelKind::Counselling,
        PanelKind::Forum,
        PanelKind::Interview,
        PanelKind::Documents,
        PanelKind::Desk,
    ];

    /// The `--open` name.
    pub fn id(self) -> &'static str {
        match self {
            PanelKind::Counselling => "counselling",
            PanelKind::Forum => "forum",
            PanelKind::Interview => "interview",
            PanelKind::Documents => "documents",
            PanelKind::Desk => "desk",
        }
    }

    /// Locale key of the panel title.
    pub fn title_key(self) -> &'static str {
        match self {
            PanelKind::Counselling => "panel-counselling-title",
            PanelKind::Forum => "panel-forum-title",
            PanelKind::Interview => "panel-interview-title",
            PanelKind::Documents => "panel-documents-title",
            PanelKind::Desk => "panel-desk-title",
        }
    }

    /// The place where this kind of panel stands in the world.
    pub fn place(self) -> Place {
        match self {
            PanelKind::Counselling | PanelKind::Forum | PanelKind::Desk => Place::JobCentre,
            PanelKind::Interview | PanelKind::Documents => Place::InterviewRoom,
        }
    }
}

/// The panel a kiosk, desk or NPC of a layout file opens.
impl From<KioskKind> for PanelKind {
    fn from(kind: KioskKind) -> Self {
        match kind {
            KioskKind::Counselling => PanelKind::Counselling,
            KioskKind::Forum => PanelKind::Forum,
            KioskKind::Interview => PanelKind::Interview,
            KioskKind::Documents => PanelKind::Documents,
            KioskKind::Desk => PanelKind::Desk,
        }
    }
}

/// What is open on top of the world (at most one thing).
#[derive(Clone, Debug, PartialEq)]
pub enum Panel {
    /// An NPC speaking a line, maybe offering a lesson.
    Talk {
        name: String,
        line: String,
        lesson: Option<String>,
    },
    /// A lesson with its quiz (`assets/dialogue/lesson/<id>.ron`), taught by the NPC `name`.
    Lesson { name: String, lesson: String },
    /// A kiosk or desk.
    Kiosk(PanelKind),
    /// The settings.
    Settings,
    /// All places and kiosks as a plain list.
    List,
    /// Who is here: the others in the place, room chat and gestures.
    People,
}

/// The open panel, if any.
#[derive(Resource, Default, Debug, PartialEq)]
pub struct OpenPanel(pub Option<Panel>);

/// What using a thing does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Talk to an NPC: show the line, or open the NPC's panel.
    Talk {
        name: String,
        line: String,
        panel: Option<PanelKind>,
        /// A lesson the NPC offers after its line.
        lesson: Option<String>,
    },
    /// Open a kiosk.
    Open(PanelKind),
    /// Go through a door.
    Door(Place),
}

impl Action {
    /// The prompt's locale key ("E — talk").
    pub fn prompt_key(&self) -> &'static str {
        match self {
            Action::Talk { .. } => "world-prompt-talk",
            Action::Open(_) => "world-prompt-use",
            Action::Door(_) => "world-prompt-open-door",
        }
    }
}

/// Something the player can use.
#[derive(Component, Clone, Debug)]
pub struct Interactable {
    pub action: Action,
    /// Locale key of its name, shown with the prompt.
    pub name_key: String,
    /// How close the player must be (metres, on the floor plane).
    pub range: f32,
}

/// The thing the prompt is about (nearest in range, or the one Tab chose).
#[derive(Resource, Default, Debug)]
pub struct Focus(pub Option<Entity>);

/// Ask to use a thing (keyboard, click, tap or list mode all end here).
#[derive(Message, Clone, Copy, Debug)]
pub struct Activate(pub Entity);

/// Ask to walk to another place through its door (the door plugin fades and switches).
#[derive(Message, Clone, Copy, Debug)]
pub struct GoTo(pub Place);

/// System sets of the interaction feature.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub enum InteractSystems {
    /// Works out the focus.
    Focus,
    /// Turns key presses into [`Activate`] and carries activations out.
    Act,
}

/// Proximity, focus, keyboard use and what using does.
pub struct InteractPlugin;

impl Plugin for InteractPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<OpenPanel>()
            .init_resource::<Focus>()
            .add_message::<Activate>()
            .add_message::<GoTo>()
            .configure_sets(
                Update,
                (InteractSystems::Focus, InteractSystems::Act)
                    .chain()
                    .in_set(crate::core::AppSystems::Game)
                    .run_if(in_state(InWorld)),
            )
            .add_systems(
                Update,
                (
                    update_focus.in_set(InteractSystems::Focus),
                    (keyboard_interaction, carry_out_activations)
                        .chain()
                        .in_set(InteractSystems::Act),
                ),
            )
            .add_systems(OnExit(InWorld), close_panel)
            .add_systems(
                Update,
                close_panel_on_place_change.run_if(state_changed::<AppState>),
            );
    }
}

/// Things in range of the player, nearest first.
pub fn in_range(
    player: Vec3,
    things: impl Iterator<Item = (Entity, Vec3, f32)>,
) -> Vec<(Entity, f32)> {
    let mut near: Vec<(Entity, f32)> = things
        .filter_map(|(e, pos, range)| {
            let d = Vec2::new(pos.x - player.x, pos.z - player.z).length();
            (d <= range).then_some((e, d))
        })
        .collect();
    near.sort_by(|a, b| a.1.total_cmp(&b.1));
    near
}

fn update_focus(
    mut focus: ResMut<Focus>,
    keys: Res<ButtonInput<KeyCode>>,
    owner: Res<crate::core::KeyboardOwner>,
    open: Res<OpenPanel>,
    // Root entities: `Transform` is already their place in the world (see door.rs).
    player: Query<&Transform, With<LocalPlayer>>,
    things: Query<(Entity, &Transform, &Interactable)>,
) {
    let Ok(player) = player.single() else {
        focus.0 = None;
        return;
    };
    let near = in_range(
        player.translation,
        things.iter().map(|(e, t, i)| (e, t.translation, i.range)),
    );
    let still_near = focus.0.is_some_and(|f| near.iter().any(|(e, _)| *e == f));
    if open.0.is_none()
        && owner.navigation_free()
        && keys.just_pressed(KeyCode::Tab)
        && !near.is_empty()
    {
        // Tab walks through everything in reach, so each thing is reachable by keyboard.
        let current = focus.0.and_then(|f| near.iter().position(|(e, _)| *e == f));
        let next = current.map_or(0, |i| (i + 1) % near.len());
        focus.0 = Some(near[next].0);
    } else if !still_near {
        focus.0 = near.first().map(|(e, _)| *e);
    }
}

fn keyboard_interaction(
    keys: Res<ButtonInput<KeyCode>>,
    owner: Res<crate::core::KeyboardOwner>,
    focus: Res<Focus>,
    mut open: ResMut<OpenPanel>,
    mut activate: MessageWriter<Activate>,
) {
    if !owner.navigation_free() {
        // A focused widget uses Enter, Tab and Esc itself (Esc leaves a text field first).
        return;
    }
    if keys.just_pressed(KeyCode::Escape) {
        // Esc closes what is open, or opens the menu.
        open.0 = match open.0 {
            Some(_) => None,
            None => Some(Panel::Settings),
        };
        return;
    }
    if open.0.is_some() {
        return;
    }
    if keys.any_just_pressed([KeyCode::KeyE, KeyCode::Enter, KeyCode::NumpadEnter])
        && let Some(entity) = focus.0
    {
        activate.write(Activate(entity));
    }
}

fn carry_out_activations(
    mut activations: MessageReader<Activate>,
    things: Query<&Interactable>,
    mut open: ResMut<OpenPanel>,
    mut go: MessageWriter<GoTo>,
) {
    for Activate(entity) in activations.read() {
        let Ok(thing) = things.get(*entity) else {
            continue;
        };
        match &thing.action {
            Action::Talk {
                panel: Some(kind), ..
            }
            | Action::Open(kind) => open.0 = Some(Panel::Kiosk(*kind)),
            Action::Talk {
                name, line, lesson, ..
            } => {
                open.0 = Some(Panel::Talk {
                    name: name.clone(),
                    line: line.clone(),
                    lesson: lesson.clone(),
                });
            }
            Action::Door(place) => {
                go.write(GoTo(*place));
            }
        }
    }
}

fn close_panel(mut open: ResMut<OpenPanel>) {
    if matches!(
        open.0,
        Some(Panel::Talk { .. } | Panel::Kiosk(_) | Panel::Lesson { .. })
    ) {
        open.0 = None;
    }
}

fn close_panel_on_place_change(
    mut open: ResMut<OpenPanel>,
    state: Res<State<AppState>>,
    mut was: Local<Option<AppState>>,
) {
    // A talk belongs to the room it happened in; kiosks opened from list mode stay open. A
    // panel opened on arrival (from the start screen or a deep link) stays too.
    let now = *state.get();
    let from_a_place = matches!(*was, Some(AppState::InWorld(_)));
    *was = Some(now);
    if from_a_place
        && matches!(now, AppState::InWorld(_))
        && matches!(open.0, Some(Panel::Talk { .. } | Panel::Lesson { .. }))
    {
        open.0 = None;
    }
}
