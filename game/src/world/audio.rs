//! Sound, made by code (no recorded files): a soft click when a panel opens, a chime at doors,
//! and a quiet room tone per place. The volume setting applies at once.

use std::f32::consts::TAU;
use std::sync::Arc;

use bevy::audio::{AudioSinkPlayback, GlobalVolume, Volume};
use bevy::prelude::*;

use crate::core::settings::Settings;
use crate::core::state::{AppState, InWorld};
use crate::interact::OpenPanel;
use crate::world::door::Transition;

const RATE: u32 = 22_050;

/// The game's sounds.
#[derive(Resource, Clone)]
pub struct Sounds {
    pub click: Handle<AudioSource>,
    pub chime: Handle<AudioSource>,
    pub room: Handle<AudioSource>,
}

/// The looping room tone of the current place.
#[derive(Component)]
struct RoomTone;

/// Sound effects and volume.
pub struct AudioPlugin;

impl Plugin for AudioPlugin {
    fn build(&self, app: &mut App) {
        crate::core::loading::add_step(app, "ui-loading-step-sounds", |world| {
            let mut sources = world.resource_mut::<Assets<AudioSource>>();
            let sounds = Sounds {
                click: sources.add(source(&click())),
                chime: sources.add(source(&chime())),
                room: sources.add(source(&room_tone())),
            };
            world.insert_resource(sounds);
            Ok(())
        });
        app.add_systems(Update, apply_volume)
            .add_systems(
                Update,
                (click_on_panel, chime_on_door).run_if(in_state(InWorld)),
            )
            .add_systems(Update, start_room_tone.run_if(state_changed::<AppState>));
    }
}

/// 16-bit mono PCM WAV bytes of `samples` (−1..1).
pub fn wav(samples: &[f32]) -> Vec<u8> {
    let data_len = (samples.len() * 2) as u32;
    let mut out = Vec::with_capacity(44 + data_len as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&RATE.to_le_bytes());
    out.extend_from_slice(&(RATE * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        out.extend_from_slice(&((s.clamp(-1.0, 1.0) * i16::MAX as f32) as i16).to_le_bytes());
    }
    out
}

fn source(samples: &[f32]) -> AudioSource {
    AudioSource {
        bytes: Arc::from(wav(samples)),
    }
}

fn tone(seconds: f32, f: impl Fn(f32) -> f32) -> Vec<f32> {
    (0..(seconds * RATE as f32) as usize)
        .map(|i| f(i as f32 / RATE as f32))
        .collect()
}

/// A short wooden click.
fn click() -> Vec<f32> {
    tone(0.07, |t| (TAU * 900.0 * t).sin() * (-t * 70.0).exp() * 0.5)
}

/// Two soft bell notes.
fn chime() -> Vec<f32> {
    tone(0.9, |t| {
        let a = (TAU * 660.0 * t).sin() * (-t * 5.0).exp();
        let b = if t > 0.18 {
            (TAU * 880.0 * (t - 0.18)).sin() * (-(t - 0.18) * 5.0).exp()
        } else {
            0.0
        };
        (a + b) * 0.25
    })
}

/// A quiet, seamless room hum: whole numbers of periods in the loop, so it never clicks.
fn room_tone() -> Vec<f32> {
    let seconds = 4.0;
    tone(seconds, |t| {
        let hum = (TAU * 55.0 * t).sin() * 0.5 + (TAU * 110.0 * t).sin() * 0.2;
        let air = (TAU * 0.25 * t).sin() * (TAU * 220.0 * t).sin() * 0.15;
        (hum + air) * 0.06
    })
}

fn apply_volume(
    settings: Res<Settings>,
    mut global: ResMut<GlobalVolume>,
    mut tones: Query<&mut AudioSink, With<RoomTone>>,
) {
    if !settings.is_changed() {
        return;
    }
    let volume = Volume::Linear(settings.volume);
    if global.volume != volume {
        global.volume = volume;
    }
    for mut sink in &mut tones {
        sink.set_volume(volume);
    }
}

fn click_on_panel(mut commands: Commands, open: Res<OpenPanel>, sounds: Option<Res<Sounds>>) {
    if let Some(sounds) = sounds
        && open.is_changed()
        && open.0.is_some()
    {
        commands.spawn((AudioPlayer(sounds.click.clone()), PlaybackSettings::DESPAWN));
    }
}

fn chime_on_door(
    mut commands: Commands,
    transition: Res<Transition>,
    mut was_going: Local<bool>,
    sounds: Option<Res<Sounds>>,
) {
    let going = transition.to.is_some();
    if going
        && !*was_going
        && let Some(sounds) = sounds
    {
        commands.spawn((AudioPlayer(sounds.chime.clone()), PlaybackSettings::DESPAWN));
    }
    *was_going = going;
}

fn start_room_tone(
    mut commands: Commands,
    state: Res<State<AppState>>,
    sounds: Option<Res<Sounds>>,
) {
    if let (AppState::InWorld(place), Some(sounds)) = (state.get(), sounds) {
        commands.spawn((
            Name::new("room tone"),
            RoomTone,
            AudioPlayer(sounds.room.clone()),
            PlaybackSettings::LOOP,
            DespawnOnExit(AppState::InWorld(*place)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wav_header_matches_the_data() {
        let bytes = wav(&click());
        assert_eq!(&bytes[0..4], b"RIFF");
        assert_eq!(&bytes[8..12], b"WAVE");
        let data_len = u32::from_le_bytes([bytes[40], bytes[41], bytes[42], bytes[43]]) as usize;
        assert_eq!(bytes.len(), 44 + data_len);
        assert!(click().iter().any(|s| s.abs() > 0.1), "click is silent");
    }
}
