package io.hybriddal.testservers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One-shot requests to a memcached on 127.0.0.1 over a fresh connection, without a client
 * library: how {@link MemcachedProcess} checks readiness and flushes. Stateless.
 */
final class MemcachedProbe {

    private static final int CONNECT_TIMEOUT_MILLIS = 500;
    private static final int READ_TIMEOUT_MILLIS = 2000;

    private MemcachedProbe() {
    }

    /**
     * Sends one text-protocol line and returns the first line of the answer.
     *
     * @throws UncheckedIOException when the server cannot be reached or does not answer
     */
    static String textCommand(int port, String line) {
        try (Socket socket = connect(port)) {
            OutputStream out = socket.getOutputStream();
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String answer = in.readLine();
            if (answer == null) {
                throw new IOException("connection closed without an answer");
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("memcached on 127.0.0.1:" + port + " did not answer " + line, e);
        }
    }

    /**
     * Sends a binary-protocol version request, which memcached answers even before SASL
     * authentication; true when a binary response comes back.
     *
     * @throws UncheckedIOException when the server cannot be reached or does not answer
     */
    static boolean binaryVersionAnswers(int port) {
        try (Socket socket = connect(port)) {
            byte[] request = new byte[24];
            request[0] = (byte) 0x80;  // request magic
            request[1] = 0x0b;         // opcode: version
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return socket.getInputStream().read() == 0x81;  // response magic
        } catch (IOException e) {
            throw new UncheckedIOException("memcached on 127.0.0.1:" + port + " did not answer a binary version", e);
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
