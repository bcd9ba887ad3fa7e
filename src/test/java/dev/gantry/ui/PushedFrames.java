package dev.gantry.ui;

import com.microsoft.playwright.Page;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** What the server pushes to one tab over its websocket: how many messages, how many bytes, the largest one. */
final class PushedFrames {

    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicReference<String> largest = new AtomicReference<>("");

    static PushedFrames listen(Page page) {
        PushedFrames frames = new PushedFrames();
        page.onWebSocket(socket -> socket.onFrameReceived(frame -> frames.received(frame.text())));
        return frames;
    }

    private void received(String text) {
        if (text == null || text.isBlank() || text.length() < 8) {
            return; // Atmosphere's heartbeats and padding
        }
        messages.incrementAndGet();
        bytes.addAndGet(text.length());
        largest.accumulateAndGet(text, (was, now) -> now.length() > was.length() ? now : was);
    }

    String perEdit(int edits) {
        return String.format("%.2f / %.2f", messages.get() / (double) edits, bytes.get() / 1024.0 / edits);
    }

    String largest() {
        String text = largest.get();
        return text.length() > 3000 ? text.substring(0, 3000) + "…" : text;
    }
}
