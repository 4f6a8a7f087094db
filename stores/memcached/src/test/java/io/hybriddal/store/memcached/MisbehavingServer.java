package io.hybriddal.store.memcached;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP server on loopback that accepts memcached connections and then misbehaves: it never
 * answers ({@link Mode#SILENT}, a hung server) or answers every request with a line that is not
 * memcached protocol ({@link Mode#GARBAGE}). Threads are daemons; {@link #close()} stops them.
 */
final class MisbehavingServer implements AutoCloseable {

    enum Mode { SILENT, GARBAGE }

    private final ServerSocket socket;
    private final Mode mode;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();

    MisbehavingServer(Mode mode) {
        this.mode = mode;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "misbehaving-memcached-" + mode);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code memcached://127.0.0.1:port} with the given query string appended. */
    String uri(String query) {
        return "memcached://127.0.0.1:" + socket.getLocalPort() + query;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                clients.add(client);
                Thread reader = new Thread(() -> serve(client), "misbehaving-memcached-client");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        byte[] buffer = new byte[8192];
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            while (in.read(buffer) >= 0) {
                if (mode == Mode.GARBAGE) {
                    out.write("HELLO 12 not memcached \u0001\u0002\r\nVALUE\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            }
        } catch (IOException gone) {
            // the client hung up or close() ran
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : clients) {
            client.close();
        }
    }
}
