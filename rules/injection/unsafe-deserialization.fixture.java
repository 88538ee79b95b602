// Fixture for injection.unsafe-deserialization (Java).
package com.example.serial;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.thoughtworks.xstream.XStream;
import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Base64;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.serialization.ValidatingObjectInputStream;
import org.apache.commons.lang3.SerializationUtils;

public class SessionServlet extends HttpServlet {
    private final XStream xstream = new XStream();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: injection.unsafe-deserialization
        try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
            Object state = in.readObject();
            response.getWriter().println(state);
        } catch (ClassNotFoundException e) {
            response.sendError(400);
        }
    }

    protected Object fromCookie(String cookie) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(cookie);
        // ruleid: injection.unsafe-deserialization
        return new java.io.ObjectInputStream(new ByteArrayInputStream(bytes)).readObject();
    }

    protected Object fromXml(InputStream body) {
        // ruleid: injection.unsafe-deserialization
        XMLDecoder decoder = new XMLDecoder(body);
        return decoder.readObject();
    }

    protected Object fromXStream(String xml) {
        // ruleid: injection.unsafe-deserialization
        return xstream.fromXML(xml);
    }

    protected Object fromBytes(byte[] data) {
        // ruleid: injection.unsafe-deserialization
        return SerializationUtils.deserialize(data);
    }

    protected ObjectMapper legacyMapper() {
        ObjectMapper mapper = new ObjectMapper();
        // ruleid: injection.unsafe-deserialization
        mapper.enableDefaultTyping();
        return mapper;
    }

    // Safe cases

    protected byte[] toBytes(Object value) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        // ok: injection.unsafe-deserialization
        try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeObject(value);
        }
        return buffer.toByteArray();
    }

    protected Object validated(InputStream body) throws Exception {
        // ok: injection.unsafe-deserialization
        try (ValidatingObjectInputStream in = new ValidatingObjectInputStream(body)) {
            in.accept(Session.class);
            return in.readObject();
        }
    }

    protected Session fromJson(String json) throws IOException {
        // ok: injection.unsafe-deserialization
        return new ObjectMapper().readValue(json, Session.class);
    }

    protected String toXml(Object value) {
        // ok: injection.unsafe-deserialization
        return xstream.toXML(value);
    }

    static final class Session implements java.io.Serializable {
        String user;
    }
}
