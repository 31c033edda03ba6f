import java.io.File;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXParseException;

/**
 * Validates an XML document against an XML Schema found on the class path (inside a jar), with the JDK's own
 * validator: `java -cp schemas.jar ValidateXml.java graphml.xsd document.xml`. Prints "valid", or the first
 * problem with its line and column, and exits 1.
 */
public class ValidateXml {
  public static void main(String[] args) throws Exception {
    URL schemaUrl = ValidateXml.class.getClassLoader().getResource(args[0]);
    if (schemaUrl == null) {
      System.out.println("schema " + args[0] + " is not on the class path");
      System.exit(2);
    }
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Validator validator = factory.newSchema(schemaUrl).newValidator();
    try {
      validator.validate(new StreamSource(new File(args[1])));
      System.out.println("valid");
    } catch (SAXParseException problem) {
      System.out.println("line " + problem.getLineNumber() + ", column " + problem.getColumnNumber() + ": " + problem.getMessage());
      System.exit(1);
    }
  }
}
