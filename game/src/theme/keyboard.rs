//! The phone's on-screen keyboard in the browser. bevy_egui opens it by focusing a hidden
//! input element in the page, but it decides that when a finger lifts, from what the frame
//! *before* drew: when a whole tap falls into one frame (a slow phone, a busy first frame of a
//! panel), the text field takes the focus only in that frame's pass and the keyboard stays
//! shut. Here the keyboard is asked for in the frame a text field takes the focus after a
//! touch, from the pass's own output — also when the focus moves straight from one field to
//! the next (nickname, then password), where the tap on the page had closed it.

use bevy::prelude::*;
use bevy_egui::egui;
use bevy_egui::{EguiContext, EguiOutput, EguiPostUpdateSet, PrimaryEguiContext};

use super::TouchMode;

/// Which text field had the focus after the last pass, and how many times the keyboard was
/// asked for (so a test can see it).
#[derive(Resource, Default, Debug)]
pub struct PhoneKeyboard {
    editing: Option<egui::Id>,
    pub opened: u32,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PhoneKeyboard>().add_systems(
        PostUpdate,
        open_when_a_field_takes_focus.after(EguiPostUpdateSet::ProcessOutput),
    );
}

/// Asks for the keyboard when, in touch mode, a text field has just taken the focus (from
/// nothing or from another field). It is only asked on that change, so a person who closes the
/// keyboard with the phone's own button is not given it back at every frame.
fn open_when_a_field_takes_focus(
    mut contexts: Query<(&EguiOutput, &mut EguiContext), With<PrimaryEguiContext>>,
    touch: Res<TouchMode>,
    mut keyboard: ResMut<PhoneKeyboard>,
) {
    let mut editing = None;
    for (output, mut context) in &mut contexts {
        if output.platform_output.ime.is_some() || output.platform_output.mutable_text_under_cursor
        {
            let focused = context.get_mut().memory(|m| m.focused());
            editing = Some(focused.unwrap_or(egui::Id::NULL));
        }
    }
    if editing.is_some() && editing != keyboard.editing && touch.0 {
        keyboard.opened += 1;
        #[cfg(target_arch = "wasm32")]
        bevy_egui::text_agent::update_text_agent(true);
    }
    keyboard.editing = editing;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app(touch: bool) -> App {
        let mut app = App::new();
        app.insert_resource(TouchMode(touch))
            .init_resource::<PhoneKeyboard>()
            .add_systems(Update, open_when_a_field_takes_focus);
        app.world_mut()
            .spawn((PrimaryEguiContext, EguiContext::default()));
        app
    }

    fn set_editing(app: &mut App, editing: bool) {
        let world = app.world_mut();
        let mut query = world.query::<&mut EguiOutput>();
        for mut output in query.iter_mut(world) {
            output.platform_output.mutable_text_under_cursor = editing;
        }
    }

    fn focus(app: &mut App, field: &str) {
        let world = app.world_mut();
        let mut query = world.query::<&mut EguiContext>();
        for mut context in query.iter_mut(world) {
            context
                .get_mut()
                .memory_mut(|m| m.request_focus(egui::Id::new(field)));
        }
    }

    #[test]
    fn a_field_that_takes_focus_asks_for_the_keyboard_once() {
        let mut app = app(true);
        app.update();
        assert_eq!(app.world().resource::<PhoneKeyboard>().opened, 0);
        set_editing(&mut app, true);
        app.update();
        assert_eq!(app.world().resource::<PhoneKeyboard>().opened, 1);
        // Still typing: not asked again (the person may have closed it on purpose).
        app.update();
        app.update();
        assert_eq!(app.world().resource::<PhoneKeyboard>().opened, 1);
        // Focus leaves and comes back: asked again.
        set_editing(&mut app, false);
        app.update();
        set_editing(&mut app, true);
        app.update();
        assert_eq!(app.world().resource::<PhoneKeyboard>().opened, 2);
        // The focus moves straight to another field: asked for that one.
        focus(&mut app, "password");
        app.update();
        assert_eq!(app.world().resource::<PhoneKeyboard>().opened, 3);
        app.update();
        assert_eq!(app.world().resource::<PhoneKeyboard>().opened, 3);
    }

    #[test]
    fn with_a_mouse_and_keyboard_nothing_is_asked() {
        let mut app = app(false);
        set_editing(&mut app, true);
        app.update();
        assert_eq!(app.world().resource::<PhoneKeyboard>().opened, 0);
    }
}
