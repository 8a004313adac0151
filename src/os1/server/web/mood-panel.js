// The OS's name and mood: the feeling it names, and how close it has grown to the person
// (closeness, trust, familiarity), in the panel and in the chip at the top.

import { api } from "./api.js";
import { $ } from "./drawing.js";

export const moodPanel = {
  showState() {
    return this.guard(async () => {
      const state = await api("GET", "/api/state");
      if (state.name) this.osName = state.name;
      $("panel-os-name").textContent = this.osName;
      this.showMood(state.mood);
    });
  },

  showMood(mood) {
    const chip = $("mood-chip");
    if (!mood) {
      $("mood-label").textContent = "Feelings are off on this server.";
      $("affinity").hidden = true;
      chip.hidden = true;
      return;
    }
    $("mood-label").textContent = `Feeling ${mood.label}`;
    const emotion = mood.emotion.replaceAll("-", " "); // "happy-for" reads as "happy for"
    $("mood-emotion").textContent = emotion;
    $("affinity-stage").textContent = mood.affinity.stage;
    for (const part of ["closeness", "trust", "familiarity"]) {
      const meter = $(`meter-${part}`);
      meter.value = mood.affinity[part];
      meter.textContent = `${Math.round(mood.affinity[part] * 100)}%`;
    }
    $("affinity").hidden = false;
    chip.textContent = emotion;
    chip.title = `Mood: ${mood.label}`;
    chip.hidden = false;
  },
};
