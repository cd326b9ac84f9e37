package org.deskline.knowledge.boundary.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;
import org.deskline.knowledge.boundary.CustomerKnowledge;
import org.deskline.knowledge.boundary.soap.KnowledgeRecords.ArticleRecord;
import org.deskline.knowledge.boundary.soap.KnowledgeRecords.CategoryRecord;
import org.deskline.knowledge.boundary.soap.KnowledgeRecords.HitRecord;
import org.deskline.knowledge.boundary.soap.KnowledgeRecords.SearchRecord;
import org.deskline.knowledge.control.ArticleMarkdown;
import org.deskline.platform.soap.CdiEndpoint;
import org.deskline.platform.soap.DeskFault;
import org.deskline.platform.soap.Namespaces;
import org.deskline.platform.soap.SchemaErrorRecorder;
import org.deskline.platform.soap.SoapBoundary;
import org.deskline.platform.soap.WsdlDoc;

/**
 * K1 for customer systems: the knowledge base to read before opening a ticket. HTTP Basic as an API client, like
 * TicketService; every operation sees the published articles for every customer and the caller's organization's
 * own: another organization's article answers NOT_FOUND exactly like a missing one.
 */
@WebService(serviceName = "KnowledgeService", portName = "KnowledgePort", name = "KnowledgePortType",
        targetNamespace = Namespaces.KNOWLEDGE)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL,
        parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
@SchemaValidation(handler = SchemaErrorRecorder.class, outbound = false)
@CdiEndpoint
@ApplicationScoped
@WsdlDoc("The knowledge base (rule K1): FAQ, instructions and training videos in Persian, English and Russian, to "
        + "read before opening a ticket. HTTP Basic as an API client; you see the published articles for every "
        + "customer and your organization's own (another organization's article answers NOT_FOUND like a missing "
        + "one). Faults: deskFault with code VALIDATION (field and rule named), NOT_FOUND, FORBIDDEN or INTERNAL. "
        + "See docs/soap.md.")
public class KnowledgeService {

    @Inject
    SoapBoundary boundary;

    @Inject
    CustomerKnowledge knowledge;

    @WsdlDoc("K1: ranked articles holding every word of query (1-200 characters; Persian letters, digits and the "
            + "zero-width non-joiner compared as one), of one language (fa, en, ru) and under one category when "
            + "given; 10 a page from page 0. A page past the last is a VALIDATION fault naming page.")
    @WebMethod
    @WebResult(name = "result", targetNamespace = Namespaces.KNOWLEDGE)
    public SearchRecord searchArticles(
            @WebParam(name = "query", targetNamespace = Namespaces.KNOWLEDGE) @XmlElement(required = true)
            String query,
            @WebParam(name = "language", targetNamespace = Namespaces.KNOWLEDGE) String language,
            @WebParam(name = "category", targetNamespace = Namespaces.KNOWLEDGE) String category,
            @WebParam(name = "page", targetNamespace = Namespaces.KNOWLEDGE) Integer page) throws DeskFault {
        return boundary.call(caller -> {
            CustomerKnowledge.Page found = knowledge.search(caller, query, language, category, page);
            SearchRecord r = new SearchRecord();
            r.total = found.total();
            r.page = found.page();
            r.pageSize = found.pageSize();
            found.hits().forEach(h -> r.hit.add(KnowledgeRecords.hit(h)));
            return r;
        });
    }

    @WsdlDoc("K1: one article: Markdown body and the same as safe HTML, video links, tags and its translations.")
    @WebMethod
    @WebResult(name = "article", targetNamespace = Namespaces.KNOWLEDGE)
    public ArticleRecord getArticle(
            @WebParam(name = "articleId", targetNamespace = Namespaces.KNOWLEDGE) @XmlElement(required = true)
            long articleId) throws DeskFault {
        return boundary.call(caller -> {
            var a = knowledge.article(caller, articleId);
            return KnowledgeRecords.article(a, ArticleMarkdown.html(a.getBody()), knowledge.translations(caller, a));
        });
    }

    @WsdlDoc("K1: the category tree as paths (\"Billing/Invoices\"), with how many articles you may read in each, "
            + "of one language when given.")
    @WebMethod
    @WebResult(name = "category", targetNamespace = Namespaces.KNOWLEDGE)
    public List<CategoryRecord> listCategories(
            @WebParam(name = "language", targetNamespace = Namespaces.KNOWLEDGE) String language) throws DeskFault {
        return boundary.call(caller -> knowledge.categories(caller, language).stream().map(c -> {
            CategoryRecord r = new CategoryRecord();
            r.path = c.path();
            r.articles = c.articles();
            return r;
        }).toList());
    }

    @WsdlDoc("K1: whether the article helped (with an optional comment of at most 1,000 characters); answers the "
            + "article's counts.")
    @WebMethod
    @WebResult(name = "article", targetNamespace = Namespaces.KNOWLEDGE)
    public HitRecord rateArticle(
            @WebParam(name = "articleId", targetNamespace = Namespaces.KNOWLEDGE) @XmlElement(required = true)
            long articleId,
            @WebParam(name = "helpful", targetNamespace = Namespaces.KNOWLEDGE) @XmlElement(required = true)
            boolean helpful,
            @WebParam(name = "comment", targetNamespace = Namespaces.KNOWLEDGE) String comment) throws DeskFault {
        return boundary.call(caller -> KnowledgeRecords.hit(new org.deskline.knowledge.control.ArticleSearch.Hit(
                knowledge.rate(caller, articleId, helpful, comment), 0, "")));
    }

    @WsdlDoc("K1: up to 3 articles that may answer what you are about to report (call it with the title and the "
            + "description before createTicket; no fault for words that find nothing: an empty list).")
    @WebMethod
    @WebResult(name = "hit", targetNamespace = Namespaces.KNOWLEDGE)
    public List<HitRecord> suggestArticles(
            @WebParam(name = "title", targetNamespace = Namespaces.KNOWLEDGE) @XmlElement(required = true)
            String title,
            @WebParam(name = "description", targetNamespace = Namespaces.KNOWLEDGE) String description)
            throws DeskFault {
        return boundary.call(caller -> knowledge.suggest(caller, title, description).stream()
                .map(KnowledgeRecords::hit).toList());
    }
}
