package id.desasadar.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A village's network between the browser and the application under test: a TCP relay on a port of its own that the
 * browser uses instead of the application's. It can be up, down (every connection cut at once and new ones refused,
 * as when the signal goes), slow (a delay before each piece of an answer), or losing answers: the request reaches the
 * application, which does its work and commits, and its answer never comes back (the connection drops), the case
 * where a phone cannot know whether what it sent was saved.
 * <p>
 * Everything the browser sends passes here, what the page sends and what its service worker sends alike, which
 * Chrome's own network emulation does not promise for a service worker.
 */
public final class FieldNetwork implements AutoCloseable {

	private enum State {
		UP, DOWN, ANSWERS_LOST
	}

	private final ServerSocket listener;
	private final int target;
	private final Set<Socket> open = ConcurrentHashMap.newKeySet();
	private final AtomicInteger answersLost = new AtomicInteger();
	private final AtomicLong onTheWire = new AtomicLong();
	private volatile State state = State.UP;
	private volatile Duration latency = Duration.ZERO;

	public FieldNetwork(int targetPort) {
		this.target = targetPort;
		try {
			this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread accepting = new Thread(this::accept, "field-network-" + listener.getLocalPort());
		accepting.setDaemon(true);
		accepting.start();
	}

	/** Where the browser reaches the application through this network. */
	public String baseUrl() {
		return "http://localhost:" + listener.getLocalPort();
	}

	/** The signal is back: connections pass, at full speed. */
	public FieldNetwork up() {
		state = State.UP;
		latency = Duration.ZERO;
		return this;
	}

	/** The signal is gone: open connections are cut and new ones refused. */
	public FieldNetwork down() {
		state = State.DOWN;
		cutAll();
		return this;
	}

	/** Requests reach the application, their answers are lost: each connection drops as the answer starts. */
	public FieldNetwork losingAnswers() {
		state = State.ANSWERS_LOST;
		cutAll();
		return this;
	}

	/** A slow network: each piece of an answer arrives this much later. */
	public FieldNetwork slow(Duration delay) {
		latency = delay;
		return this;
	}

	/**
	 * The bytes that crossed this network in both directions since the last call (headers and bodies as sent,
	 * compressed where they were): what a phone pays for, the page's requests and its service worker's alike.
	 */
	public long bytesSinceLastAsked() {
		return onTheWire.getAndSet(0);
	}

	/** How many answers were lost since the network last lost none. */
	public int answersLost() {
		return answersLost.get();
	}

	private void cutAll() {
		open.forEach(FieldNetwork::closeQuietly);
		open.clear();
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket browser = listener.accept();
				if (state == State.DOWN) {
					closeQuietly(browser);
					continue;
				}
				Socket application = new Socket();
				application.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target));
				open.add(browser);
				open.add(application);
				relay(browser, application, false);
				relay(application, browser, true);
			}
			catch (IOException ex) {
				// the listener closed, or the application refused: the browser sees a failed connection
			}
		}
	}

	private void relay(Socket from, Socket to, boolean answers) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (answers && state == State.ANSWERS_LOST) {
						answersLost.incrementAndGet();
						break;
					}
					if (answers && !latency.isZero()) {
						Thread.sleep(latency.toMillis());
					}
					if (state == State.DOWN) {
						break;
					}
					out.write(buffer, 0, read);
					out.flush();
					onTheWire.addAndGet(read);
				}
			}
			catch (IOException | InterruptedException ex) {
				// a connection cut on purpose, or closed by either end
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				open.remove(from);
				open.remove(to);
			}
		}, "field-network-relay");
		pump.setDaemon(true);
		pump.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closing is all that is wanted
		}
	}

	@Override
	public void close() {
		try {
			listener.close();
		}
		catch (IOException ex) {
			// closing is all that is wanted
		}
		cutAll();
	}
}
