package dev.plaza.products.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import dev.plaza.media.ImageId;
import dev.plaza.media.ImageLinks;
import dev.plaza.media.ImageLinks.LinkedImage;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.products.Product;
import dev.plaza.products.ProductChanged;
import dev.plaza.products.ProductId;
import dev.plaza.products.Products;
import dev.plaza.products.persistence.ProductRepository;
import dev.plaza.products.persistence.StoredProduct;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Adds and replaces the tenant's products, and reads them for the API and for other modules. */
@Service
public class ProductCatalog implements Products {

	/** Exact decimals: an attribute such as {@code 0.1} reaches other modules as it was stored, not as a double. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final ProductRepository store;

	private final ImageLinks images;

	private final ApplicationEventPublisher events;

	ProductCatalog(ProductRepository store, ImageLinks images, ApplicationEventPublisher events) {
		this.store = store;
		this.images = images;
		this.events = events;
	}

	/** Stores a new product: 409 if its SKU is taken, 422 if an image is not the tenant's. */
	@Transactional
	public ProductView add(ProductDetails details, UUID id) {
		StoredProduct product = new StoredProduct(id, details);
		Map<UUID, LinkedImage> linked = imagesOf(details);
		if (!store.add(product)) {
			throw ProductProblems.taken("sku", details.sku(), "a product");
		}
		changed(id);
		return ProductView.of(product, linked);
	}

	/** Replaces every detail of the product (the id stays): 404 if unknown, 409 if the new SKU is another product's. */
	@Transactional
	public ProductView replace(ProductId id, ProductDetails details) {
		StoredProduct product = new StoredProduct(id.value(), details);
		Map<UUID, LinkedImage> linked = imagesOf(details);
		boolean replaced;
		try {
			replaced = store.replace(product);
		}
		catch (DuplicateKeyException ex) {
			throw ProductProblems.taken("sku", details.sku(), "another product");
		}
		if (!replaced) {
			throw Problem.notFound("product", id);
		}
		changed(id.value());
		return ProductView.of(product, linked);
	}

	@Transactional(readOnly = true)
	public ProductView view(ProductId id) {
		StoredProduct product = store.find(id.value()).orElseThrow(() -> Problem.notFound("product", id));
		return ProductView.of(product, images.find(product.details().images()));
	}

	/** Up to {@code limit} products created after the one with id {@code after}, in creation order. */
	@Transactional(readOnly = true)
	public List<ProductView> page(UUID after, int limit) {
		return views(store.after(after, limit));
	}

	/** The product with this SKU, as a list of one or none. */
	@Transactional(readOnly = true)
	public List<ProductView> withSku(String sku) {
		return views(store.findBySku(sku).stream().toList());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Product> find(ProductId id) {
		return published(store.find(id.value()).stream()).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Product> findBySku(String sku) {
		return published(store.findBySku(sku).stream()).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Product> findAll(Collection<ProductId> ids) {
		return published(store.findAll(ids.stream().map(ProductId::value).toList()).stream());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Product> findAllBySku(Collection<String> skus) {
		return published(store.findAllBySku(skus).stream());
	}

	private List<ProductView> views(List<StoredProduct> products) {
		Map<UUID, LinkedImage> linked = images.find(products.stream().flatMap(p -> p.details().images().stream()).toList());
		return products.stream().map(product -> ProductView.of(product, linked)).toList();
	}

	private List<Product> published(Stream<StoredProduct> found) {
		List<StoredProduct> products = found.toList();
		Map<UUID, LinkedImage> linked = images.find(products.stream().flatMap(p -> p.details().images().stream()).toList());
		return products.stream().map(product -> published(product, linked)).toList();
	}

	@SuppressWarnings("unchecked")
	static Product published(StoredProduct stored, Map<UUID, LinkedImage> linked) {
		ProductDetails details = stored.details();
		return new Product(new ProductId(stored.id()), details.sku(), details.title(), details.description(), details.price(),
				details.taxClass(), JSON.readValue(details.attributes(), Map.class),
				details.images().stream()
					.filter(linked::containsKey)
					.map(image -> new Product.Image(new ImageId(image), linked.get(image).original()))
					.toList(),
				stored.slug());
	}

	/** The product's images as linked, or 422 naming each id that is no image of this tenant. */
	private Map<UUID, LinkedImage> imagesOf(ProductDetails details) {
		Map<UUID, LinkedImage> linked = images.find(details.images());
		List<FieldError> found = new ArrayList<>();
		for (int i = 0; i < details.images().size(); i++) {
			UUID image = details.images().get(i);
			LinkedImage link = linked.get(image);
			if (link == null) {
				found.add(UnknownImage.at("images[" + i + "]", image));
			}
			else if (link.failed()) {
				found.add(new FieldError("images[" + i + "]", "names image " + image
						+ ", which could not be decoded into renditions; upload the picture again as JPEG or PNG"));
			}
		}
		ProductProblems.refuseIfAny(found);
		return linked;
	}

	private void changed(UUID product) {
		events.publishEvent(new ProductChanged(TenantContext.current().orElseThrow(), new ProductId(product)));
	}
}
