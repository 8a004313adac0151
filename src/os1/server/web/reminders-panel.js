// The reminders the OS keeps for the person; each can be cancelled.

import { api } from "./api.js";
import { $, confirming, element, entry, when } from "./drawing.js";

export const remindersPanel = {
  showReminders(force = false) {
    return this.guard(async () => {
      const reminders = await this.answer("reminders", "/api/reminders", force);
      if (reminders === null) return;
      const list = $("reminders");
      list.replaceChildren(
        ...reminders.map((reminder) =>
          entry(
            "reminder",
            when(reminder.due_at),
            reminder.text,
            confirming(
              "Cancel",
              "Really cancel?",
              () =>
                this.guard(async () => {
                  await api("DELETE", `/api/reminders/${reminder.id}`);
                  await this.showReminders(true);
                }),
              () => this.stale.reminders && this.showReminders(),
            ),
          ),
        ),
      );
      if (reminders.length === 0) {
        list.append(element("li", "empty", 'None. Say "remind me to call Amy tomorrow at 9".'));
      }
    });
  },
};
