// The peers panel: other OSes (os1/peers): this OS's address, the peers added, and a
// dinner arranged with one.

import { api } from "./api.js";
import { $, button, confirming, element, entry } from "./drawing.js";

export const peersPanel = {
  showPeers() {
    return this.guard(async () => {
      const me = await api("GET", "/api/peers/me");
      $("peer-address").textContent = me.address;
      const peers = await api("GET", "/api/peers");
      const list = $("peers");
      list.replaceChildren(
        ...peers.map((peer) => {
          const dinner = button("Arrange a dinner", () => this.dinner(peer.name));
          const remove = confirming("Remove", "Really remove?", () =>
            this.guard(async () => {
              await api("DELETE", `/api/peers/${encodeURIComponent(peer.name)}`);
              await this.showPeers();
            }),
          );
          return entry("peer", peer.person ? `${peer.person}'s OS` : "an OS", peer.os_name, dinner, remove);
        }),
      );
      if (peers.length === 0) list.append(element("li", "empty", "None yet."));
    });
  },

  addPeer() {
    return this.guard(async () => {
      await api("POST", "/api/peers", { url: $("peer-url").value.trim() });
      $("peer-url").value = "";
      await this.showPeers();
    });
  },

  dinner(name) {
    return this.guard(async () => {
      $("peer-status").textContent = `Asking ${name}'s OS…`;
      const outcome = await api("POST", `/api/peers/${encodeURIComponent(name)}/dinner`, { days: 7 });
      $("peer-status").textContent = outcome.said;
    });
  },
};
