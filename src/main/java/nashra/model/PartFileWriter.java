package nashra.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.net.http.HttpResponse;

/**
 * Writes a response body into a part file as it arrives, appending (a 206 answer to a Range
 * request) or from the start (200). It remembers when bytes last arrived so the caller can give
 * up on a body that stalls: the HttpClient's own timeout only covers the wait for the headers.
 */
final class PartFileWriter implements HttpResponse.BodySubscriber<Void> {

    private final Path file;
    private final boolean append;
    private final Progress progress;
    private final CompletableFuture<Void> body = new CompletableFuture<>();
    private volatile long lastActivity = System.nanoTime();
    private volatile Flow.Subscription subscription;
    private FileChannel channel;

    PartFileWriter(Path file, boolean append, Progress progress) {
        this.file = file;
        this.append = append;
        this.progress = progress;
    }

    long lastActivity() {
        return lastActivity;
    }

    @Override
    public CompletionStage<Void> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        try {
            channel = append
                    ? FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                    : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            s.cancel();
            body.completeExceptionally(e);
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        lastActivity = System.nanoTime();
        if (channel == null) {
            return; // aborted: late buffers are dropped
        }
        try {
            for (ByteBuffer b : buffers) {
                long n = b.remaining();
                while (b.hasRemaining()) {
                    channel.write(b);
                }
                progress.add(n);
            }
        } catch (IOException e) {
            abort(e);
        }
    }

    @Override
    public void onError(Throwable t) {
        closeChannel();
        body.completeExceptionally(t);
    }

    @Override
    public synchronized void onComplete() {
        try {
            if (channel != null) {
                channel.force(false);
            }
        } catch (IOException e) {
            onError(e);
            return;
        }
        closeChannel();
        body.complete(null);
    }

    /** Stops the transfer (a stall, a write error); what was written so far stays for a resume. */
    void abort(Throwable cause) {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        closeChannel();
        body.completeExceptionally(cause);
    }

    private synchronized void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // The body future carries the failure that matters; a failed close adds nothing.
            }
            channel = null;
        }
    }
}
