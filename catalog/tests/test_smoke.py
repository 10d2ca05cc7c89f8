def test_product_page_renders(client, product):
    response = client.get(product.url)
    assert response.status_code == 200
    assert product.title in response.content.decode()
