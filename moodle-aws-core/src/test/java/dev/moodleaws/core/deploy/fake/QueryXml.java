package dev.moodleaws.core.deploy.fake;

/** Writes the XML of CloudFormation Query responses. */
final class QueryXml {

    static final String NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";

    private final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    QueryXml open(String name) {
        xml.append('<').append(name).append('>');
        return this;
    }

    QueryXml openRoot(String name) {
        xml.append('<').append(name).append(" xmlns=\"").append(NS).append("\">");
        return this;
    }

    QueryXml close(String name) {
        xml.append("</").append(name).append('>');
        return this;
    }

    QueryXml element(String name, Object value) {
        if (value != null) {
            xml.append('<').append(name).append('>').append(escape(value.toString())).append("</")
                    .append(name).append('>');
        }
        return this;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    @Override
    public String toString() {
        return xml.toString();
    }
}
